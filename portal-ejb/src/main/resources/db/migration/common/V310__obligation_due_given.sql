-- Deadlines (issue 3) for e-services (issue 11): an obligation whose due date its feature counts
-- itself (a dossier's appointment date: the procedure's working days, a stopped clock, a letter of
-- apology). The calendar's recount leaves such a date alone; earlier obligations are the rule's.

ALTER TABLE obligation ADD COLUMN DUEGIVEN BOOLEAN DEFAULT FALSE NOT NULL;
