-- E-services (issue 11): an applicant's personal data erased on request or by an authority's order
-- (Article 19.2), as for Q&A's askers: when, on whose request, under which reference, by whom. The
-- dossier keeps its code, dates, state and rating; the particulars and the files go.

ALTER TABLE eservice_application ADD COLUMN erased_at TIMESTAMP;
ALTER TABLE eservice_application ADD COLUMN erasure_requester VARCHAR(20);
ALTER TABLE eservice_application ADD COLUMN erasure_reference VARCHAR(300);
ALTER TABLE eservice_application ADD COLUMN erased_by VARCHAR(64);
