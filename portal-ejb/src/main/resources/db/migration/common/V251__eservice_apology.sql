-- E-services (issue 11): the letter of apology (thư xin lỗi) of a late dossier, as the agency's
-- official confirmed it: the new appointment date (shown on the public status), the letter's text
-- (sealed: an official may name the applicant, hence the length), who sent it and when.

ALTER TABLE eservice_application ADD COLUMN apology_date DATE;
ALTER TABLE eservice_application ADD COLUMN apology_text VARCHAR(12000);
ALTER TABLE eservice_application ADD COLUMN apology_by VARCHAR(100);
ALTER TABLE eservice_application ADD COLUMN apology_at TIMESTAMP;
