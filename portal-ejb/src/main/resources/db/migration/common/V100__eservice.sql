-- E-services (issue 11): the procedure catalogue. Kept in step with eservice/entity (explicit names);
-- ids come from EclipseLink's table sequence like every other entity. H2 2.2 and PostgreSQL 15.

CREATE TABLE IF NOT EXISTS eservice_procedure (
    ID BIGINT NOT NULL,
    VERSION BIGINT,
    code VARCHAR(40) NOT NULL UNIQUE,
    name VARCHAR(500) NOT NULL,
    field VARCHAR(200) NOT NULL,
    agency_id BIGINT NOT NULL,
    admin_level VARCHAR(20) NOT NULL,
    online_level VARCHAR(20) NOT NULL,
    fee_vnd BIGINT,
    processing_days INTEGER NOT NULL,
    result_text VARCHAR(1000) NOT NULL,
    legal_basis VARCHAR(2000),
    search_text VARCHAR(4000) NOT NULL,
    PRIMARY KEY (ID),
    CONSTRAINT FK_eservice_procedure_agency_id FOREIGN KEY (agency_id) REFERENCES org_unit (ID)
);

CREATE INDEX IF NOT EXISTS ix_eservice_procedure_field ON eservice_procedure (field);
CREATE INDEX IF NOT EXISTS ix_eservice_procedure_agency ON eservice_procedure (agency_id);

CREATE TABLE IF NOT EXISTS eservice_procedure_step (
    procedure_id BIGINT,
    step_text VARCHAR(2000),
    sort_index INTEGER,
    CONSTRAINT FK_eservice_procedure_step_procedure_id FOREIGN KEY (procedure_id) REFERENCES eservice_procedure (ID)
);

CREATE TABLE IF NOT EXISTS eservice_component (
    procedure_id BIGINT,
    name VARCHAR(500) NOT NULL,
    originals INTEGER NOT NULL,
    copies INTEGER NOT NULL,
    required BOOLEAN NOT NULL,
    sort_index INTEGER,
    CONSTRAINT FK_eservice_component_procedure_id FOREIGN KEY (procedure_id) REFERENCES eservice_procedure (ID)
);

