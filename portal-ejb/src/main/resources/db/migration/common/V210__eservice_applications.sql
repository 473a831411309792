-- E-services (issue 11): online applications (hồ sơ), their moves and their files. Kept in step with
-- eservice/entity (explicit names); the applicant's particulars and the files' names are sealed
-- (AES-256-GCM text, hence the lengths). H2 2.2 and PostgreSQL 15.

CREATE TABLE eservice_application (
    ID BIGINT NOT NULL,
    VERSION BIGINT,
    code VARCHAR(20) NOT NULL UNIQUE,
    secret_digest VARCHAR(100) NOT NULL,
    procedure_id BIGINT NOT NULL,
    agency_id BIGINT NOT NULL,
    applicant_type VARCHAR(20) NOT NULL,
    applicant_name VARCHAR(1000),
    applicant_organisation VARCHAR(1500),
    applicant_email VARCHAR(1000),
    applicant_id_number VARCHAR(500),
    applicant_address VARCHAR(2500),
    applicant_phone VARCHAR(500),
    email_digest VARCHAR(100),
    declared_at TIMESTAMP NOT NULL,
    consent_at TIMESTAMP NOT NULL,
    consent_version VARCHAR(40) NOT NULL,
    language VARCHAR(5) NOT NULL,
    state VARCHAR(30) NOT NULL,
    submitted_at TIMESTAMP NOT NULL,
    processing_days INTEGER NOT NULL,
    due_date DATE,
    remaining_days INTEGER,
    supplement_request VARCHAR(2000),
    closed_at TIMESTAMP,
    PRIMARY KEY (ID),
    CONSTRAINT FK_eservice_application_agency_id FOREIGN KEY (agency_id) REFERENCES org_unit (ID),
    CONSTRAINT FK_eservice_application_procedure_id FOREIGN KEY (procedure_id) REFERENCES eservice_procedure (ID)
);

CREATE INDEX ix_eservice_application_agency ON eservice_application (agency_id);
CREATE INDEX ix_eservice_application_state ON eservice_application (state);

CREATE TABLE eservice_application_event (
    ID BIGINT NOT NULL,
    VERSION BIGINT,
    application_id BIGINT NOT NULL,
    move VARCHAR(30) NOT NULL,
    from_state VARCHAR(30),
    to_state VARCHAR(30) NOT NULL,
    actor VARCHAR(100) NOT NULL,
    moved_at TIMESTAMP NOT NULL,
    comment_text VARCHAR(2000),
    PRIMARY KEY (ID),
    CONSTRAINT FK_eservice_application_event_application_id FOREIGN KEY (application_id) REFERENCES eservice_application (ID)
);

CREATE TABLE eservice_application_file (
    ID BIGINT NOT NULL,
    VERSION BIGINT,
    application_id BIGINT NOT NULL,
    component_number INTEGER NOT NULL,
    component_name VARCHAR(500) NOT NULL,
    FILENAME VARCHAR(1000) NOT NULL,
    FORMAT VARCHAR(10) NOT NULL,
    SIZEBYTES BIGINT NOT NULL,
    SHA256 VARCHAR(64),
    LOCATION VARCHAR(200),
    SEALED BOOLEAN,
    WIDTH INTEGER,
    HEIGHT INTEGER,
    uploaded_at TIMESTAMP NOT NULL,
    supplement BOOLEAN NOT NULL,
    PRIMARY KEY (ID),
    CONSTRAINT FK_eservice_application_file_application_id FOREIGN KEY (application_id) REFERENCES eservice_application (ID)
);
