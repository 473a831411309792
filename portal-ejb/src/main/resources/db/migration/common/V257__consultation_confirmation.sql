-- V257: confirmation of a commenter's e-mail by a link (portal.consultation.confirm-email): the
-- comment keeps the SHA-256 of the link's random token until it is confirmed, and when it was.

ALTER TABLE consultation_comment ADD COLUMN IF NOT EXISTS confirmation_digest VARCHAR(64);
ALTER TABLE consultation_comment ADD COLUMN IF NOT EXISTS confirmed_at TIMESTAMP;

CREATE INDEX IF NOT EXISTS ix_consultation_comment_confirmation ON consultation_comment (confirmation_digest);
