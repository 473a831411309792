-- V255: the summary of responses (issue 12): the lead agency's answer on each published comment (a
-- campaign's copies all carry the answer given to the group) and when the summary was published.

ALTER TABLE consultation_comment ADD COLUMN IF NOT EXISTS answer_verdict VARCHAR(20);
ALTER TABLE consultation_comment ADD COLUMN IF NOT EXISTS answer_text VARCHAR(4000);
ALTER TABLE consultation_comment ADD COLUMN IF NOT EXISTS answered_at TIMESTAMP;
ALTER TABLE consultation_comment ADD COLUMN IF NOT EXISTS answered_by VARCHAR(100);

ALTER TABLE consultation ADD COLUMN IF NOT EXISTS summarised_at TIMESTAMP;
