-- E-services (issue 11, s6-catalogue): the catalogue's conditions, executing body, legal basis as
-- citations, component form templates in the file store, and the revisions of each procedure
-- (Article 10.2: every change is announced). H2 2.2 and PostgreSQL 15.

ALTER TABLE eservice_procedure ADD COLUMN conditions_text VARCHAR(4000);
ALTER TABLE eservice_procedure ADD COLUMN executing_body VARCHAR(500);

CREATE TABLE eservice_procedure_legal (
    procedure_id BIGINT,
    number_symbol VARCHAR(100) NOT NULL,
    title VARCHAR(1000),
    document_path VARCHAR(200),
    sort_index INTEGER,
    CONSTRAINT FK_eservice_procedure_legal_procedure_id FOREIGN KEY (procedure_id) REFERENCES eservice_procedure (ID)
);

CREATE TABLE eservice_procedure_form (
    ID BIGINT NOT NULL,
    VERSION BIGINT,
    procedure_id BIGINT NOT NULL,
    component_number INTEGER NOT NULL,
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
    CONSTRAINT FK_eservice_procedure_form_procedure_id FOREIGN KEY (procedure_id) REFERENCES eservice_procedure (ID)
);

CREATE TABLE eservice_procedure_revision (
    ID BIGINT NOT NULL,
    VERSION BIGINT,
    procedure_id BIGINT NOT NULL,
    revision_number INTEGER NOT NULL,
    changed_at TIMESTAMP NOT NULL,
    actor VARCHAR(100) NOT NULL,
    changed_fields VARCHAR(1000) NOT NULL,
    note VARCHAR(1000),
    PRIMARY KEY (ID),
    CONSTRAINT FK_eservice_procedure_revision_procedure_id FOREIGN KEY (procedure_id) REFERENCES eservice_procedure (ID)
);

CREATE INDEX ix_eservice_revision_changed ON eservice_procedure_revision (changed_at);
