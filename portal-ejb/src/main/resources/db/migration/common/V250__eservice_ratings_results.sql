-- E-services (issue 11): the applicant's rating after completion (once; the comment sealed like the
-- particulars, hence the length) and the time the result was ready, which decides on time or late in
-- the public results. Dossiers that already have a result take it from their move.

ALTER TABLE eservice_application ADD COLUMN rating VARCHAR(20);
ALTER TABLE eservice_application ADD COLUMN rating_comment VARCHAR(3000);
ALTER TABLE eservice_application ADD COLUMN rated_at TIMESTAMP;
ALTER TABLE eservice_application ADD COLUMN result_at TIMESTAMP;

UPDATE eservice_application SET result_at = (
    SELECT MAX(e.moved_at) FROM eservice_application_event e
    WHERE e.application_id = eservice_application.ID AND e.move = 'MARK_RESULT_READY');

CREATE INDEX ix_eservice_application_submitted ON eservice_application (submitted_at);
