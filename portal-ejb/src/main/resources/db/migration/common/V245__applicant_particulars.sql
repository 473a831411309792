-- s6-eservice-a: an applicant gives the particulars of Article 9.2 as a Q&A asker does (one
-- privacy/entity/SealedParticulars for both): the representative's position, an individual's
-- nationality and occupation, sealed like the rest; rows of earlier dossiers keep them empty.
ALTER TABLE eservice_application ADD COLUMN applicant_position VARCHAR(1000);
ALTER TABLE eservice_application ADD COLUMN applicant_nationality VARCHAR(500);
ALTER TABLE eservice_application ADD COLUMN applicant_occupation VARCHAR(1000);
