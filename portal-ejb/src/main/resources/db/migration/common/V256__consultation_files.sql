-- V256: files of consultations (issue 12): the draft as files (PDF, DOC, ODT, checked by content) and
-- the generated files of the summary of responses (PDF, ODT, CSV), public once the consultation is
-- opened; and one attachment per comment (sealed, officials only); all kept by the file store.

CREATE TABLE IF NOT EXISTS consultation_file (
    ID BIGINT NOT NULL,
    VERSION BIGINT,
    consultation_id BIGINT NOT NULL,
    kind VARCHAR(10) NOT NULL,
    FILENAME VARCHAR(255) NOT NULL,
    FORMAT VARCHAR(10) NOT NULL,
    SIZEBYTES BIGINT NOT NULL,
    SHA256 VARCHAR(64),
    LOCATION VARCHAR(200),
    SEALED BOOLEAN,
    WIDTH INTEGER,
    HEIGHT INTEGER,
    uploaded_at TIMESTAMP NOT NULL,
    PRIMARY KEY (ID),
    CONSTRAINT FK_consultation_file_consultation_id FOREIGN KEY (consultation_id) REFERENCES consultation (ID)
);

CREATE INDEX IF NOT EXISTS ix_consultation_file ON consultation_file (consultation_id);

ALTER TABLE consultation_comment ADD COLUMN IF NOT EXISTS attachment_name VARCHAR(255);
ALTER TABLE consultation_comment ADD COLUMN IF NOT EXISTS attachment_format VARCHAR(10);
ALTER TABLE consultation_comment ADD COLUMN IF NOT EXISTS attachment_size BIGINT;
ALTER TABLE consultation_comment ADD COLUMN IF NOT EXISTS attachment_sha256 VARCHAR(64);
ALTER TABLE consultation_comment ADD COLUMN IF NOT EXISTS attachment_location VARCHAR(200);
ALTER TABLE consultation_comment ADD COLUMN IF NOT EXISTS attachment_sealed BOOLEAN;
ALTER TABLE consultation_comment ADD COLUMN IF NOT EXISTS attachment_width INTEGER;
ALTER TABLE consultation_comment ADD COLUMN IF NOT EXISTS attachment_height INTEGER;
