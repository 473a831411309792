-- V2: brings a V1 (release ea57bc2) database to the schema of main 1d50cd6's entities.
-- Portable (H2 2.2 and PostgreSQL 15) and idempotent: a database made by main 1d50cd6 with
-- EclipseLink's create-or-extend-tables (no Flyway history) is baselined at V1 and already has
-- most of this; every statement must then be a no-op. Hence IF NOT EXISTS everywhere, foreign keys
-- inside CREATE TABLE (PostgreSQL has no ADD CONSTRAINT IF NOT EXISTS), and the old file columns
-- re-added (empty) before the copy so the copy also runs where StoredFileUpgrade already dropped them.

CREATE TABLE IF NOT EXISTS site_link (
    SITE_ID BIGINT,
    label_en VARCHAR(300),
    label_vi VARCHAR(300) NOT NULL,
    URL VARCHAR(300) NOT NULL,
    ordinal INTEGER,
    CONSTRAINT FK_site_link_SITE_ID FOREIGN KEY (SITE_ID) REFERENCES site (ID)
);

CREATE TABLE IF NOT EXISTS sealing_key (
    ID BIGINT NOT NULL,
    FINGERPRINT VARCHAR(60) NOT NULL UNIQUE,
    RECORDEDAT TIMESTAMP NOT NULL,
    VERSION BIGINT,
    PRIMARY KEY (ID)
);

CREATE TABLE IF NOT EXISTS qa_spent_challenge (
    ID VARCHAR(32) NOT NULL,
    EXPIRESAT TIMESTAMP NOT NULL,
    PRIMARY KEY (ID)
);
CREATE INDEX IF NOT EXISTS ix_qa_spent_until ON qa_spent_challenge (EXPIRESAT);

CREATE TABLE IF NOT EXISTS user_account_place (
    ACCOUNT_ID BIGINT,
    DIGEST VARCHAR(64) NOT NULL,
    LASTLOGINAT TIMESTAMP NOT NULL,
    CONSTRAINT FK_user_account_place_ACCOUNT_ID FOREIGN KEY (ACCOUNT_ID) REFERENCES user_account (ID)
);

ALTER TABLE leader ADD COLUMN IF NOT EXISTS contact_hotline VARCHAR(50);
ALTER TABLE org_unit ADD COLUMN IF NOT EXISTS contact_hotline VARCHAR(50);
ALTER TABLE site ADD COLUMN IF NOT EXISTS contact_hotline VARCHAR(50);

-- Files: location/sealed/format replace the stored path, stored name and media type
-- (the copy StoredFileUpgrade made at each start until this release).
ALTER TABLE media_file ADD COLUMN IF NOT EXISTS location VARCHAR(200);
ALTER TABLE media_file ADD COLUMN IF NOT EXISTS sealed BOOLEAN;
ALTER TABLE media_file ADD COLUMN IF NOT EXISTS storedpath VARCHAR(200);
UPDATE media_file SET location = 'media/' || storedpath, sealed = FALSE
    WHERE location IS NULL AND storedpath IS NOT NULL;
ALTER TABLE media_file DROP COLUMN IF EXISTS storedpath;
ALTER TABLE media_file ALTER COLUMN sha256 DROP NOT NULL;

ALTER TABLE legal_file ADD COLUMN IF NOT EXISTS format VARCHAR(10);
ALTER TABLE legal_file ADD COLUMN IF NOT EXISTS height INTEGER;
ALTER TABLE legal_file ADD COLUMN IF NOT EXISTS location VARCHAR(200);
ALTER TABLE legal_file ADD COLUMN IF NOT EXISTS sealed BOOLEAN;
ALTER TABLE legal_file ADD COLUMN IF NOT EXISTS width INTEGER;
ALTER TABLE legal_file ADD COLUMN IF NOT EXISTS mediatype VARCHAR(100);
UPDATE legal_file SET location = 'legal-files/' || SUBSTRING(sha256 FROM 1 FOR 2) || '/' || sha256,
    sealed = FALSE,
    format = CASE mediatype
        WHEN 'application/pdf' THEN 'PDF'
        WHEN 'application/msword' THEN 'DOC'
        WHEN 'application/vnd.oasis.opendocument.text' THEN 'ODT'
        WHEN 'text/plain; charset=UTF-8' THEN 'TXT' END
    WHERE location IS NULL AND mediatype IS NOT NULL;
ALTER TABLE legal_file DROP COLUMN IF EXISTS mediatype;
ALTER TABLE legal_file ALTER COLUMN sha256 DROP NOT NULL;

ALTER TABLE qa_attachment ADD COLUMN IF NOT EXISTS height INTEGER;
ALTER TABLE qa_attachment ADD COLUMN IF NOT EXISTS location VARCHAR(200);
ALTER TABLE qa_attachment ADD COLUMN IF NOT EXISTS sealed BOOLEAN;
ALTER TABLE qa_attachment ADD COLUMN IF NOT EXISTS sha256 VARCHAR(64);
ALTER TABLE qa_attachment ADD COLUMN IF NOT EXISTS width INTEGER;
ALTER TABLE qa_attachment ADD COLUMN IF NOT EXISTS storedname VARCHAR(40);
UPDATE qa_attachment
    SET location = 'qa-attachments/' || SUBSTRING(storedname FROM 1 FOR 2) || '/' || storedname, sealed = TRUE
    WHERE location IS NULL AND storedname IS NOT NULL;
ALTER TABLE qa_attachment DROP COLUMN IF EXISTS storedname;

-- Outbound mail: wider texts (encoded headers and bodies) and the purge time.
ALTER TABLE outbound_mail ADD COLUMN IF NOT EXISTS purgedat TIMESTAMP;
ALTER TABLE outbound_mail ALTER COLUMN body SET DATA TYPE VARCHAR(120000);
ALTER TABLE outbound_mail ALTER COLUMN recipients SET DATA TYPE VARCHAR(2800);
ALTER TABLE outbound_mail ALTER COLUMN subject SET DATA TYPE VARCHAR(2200);

-- Rich texts unbounded: EclipseLink made these @Lob columns varchar(255) on PostgreSQL, which refused
-- any longer article body or biography there. On H2 they already are unbounded.
ALTER TABLE article ALTER COLUMN body_html SET DATA TYPE VARCHAR;
ALTER TABLE article_revision ALTER COLUMN body_html SET DATA TYPE VARCHAR;
ALTER TABLE leader ALTER COLUMN biography_vi SET DATA TYPE VARCHAR;
ALTER TABLE leader ALTER COLUMN biography_en SET DATA TYPE VARCHAR;
