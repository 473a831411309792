-- V200: public consultations on draft documents (issue 12): the consultation, its parts and its
-- extensions. Kept in step with consultation/entity; ids come from EclipseLink's table sequence
-- (SEQ_GEN), like every other entity's. Runs on H2 2.2 and PostgreSQL 15.

CREATE TABLE IF NOT EXISTS consultation (
    ID BIGINT NOT NULL,
    VERSION BIGINT,
    slug VARCHAR(120) NOT NULL UNIQUE,
    title VARCHAR(500) NOT NULL,
    summary VARCHAR(4000) NOT NULL,
    lead_agency_id BIGINT NOT NULL,
    contact_name VARCHAR(200) NOT NULL,
    contact_email VARCHAR(200),
    contact_phone VARCHAR(50),
    state VARCHAR(20) NOT NULL,
    opens_at TIMESTAMP NOT NULL,
    closes_at TIMESTAMP NOT NULL,
    draft_text VARCHAR(200000) NOT NULL,
    split BOOLEAN NOT NULL,
    amends_id BIGINT,
    issued_id BIGINT,
    created_at TIMESTAMP NOT NULL,
    opened_at TIMESTAMP,
    closed_at TIMESTAMP,
    PRIMARY KEY (ID),
    CONSTRAINT FK_consultation_lead_agency_id FOREIGN KEY (lead_agency_id) REFERENCES org_unit (ID),
    CONSTRAINT FK_consultation_amends_id FOREIGN KEY (amends_id) REFERENCES legal_document (ID),
    CONSTRAINT FK_consultation_issued_id FOREIGN KEY (issued_id) REFERENCES legal_document (ID)
);

CREATE INDEX IF NOT EXISTS ix_consultation_state ON consultation (state, closes_at);

CREATE TABLE IF NOT EXISTS consultation_part (
    ID BIGINT NOT NULL,
    VERSION BIGINT,
    consultation_id BIGINT NOT NULL,
    position INTEGER NOT NULL,
    kind VARCHAR(20) NOT NULL,
    part_number VARCHAR(20) NOT NULL,
    heading VARCHAR(1000) NOT NULL,
    body VARCHAR(20000) NOT NULL,
    PRIMARY KEY (ID),
    CONSTRAINT FK_consultation_part_consultation_id FOREIGN KEY (consultation_id) REFERENCES consultation (ID)
);

CREATE INDEX IF NOT EXISTS ix_consultation_part ON consultation_part (consultation_id, position);

CREATE TABLE IF NOT EXISTS consultation_extension (
    ID BIGINT NOT NULL,
    VERSION BIGINT,
    consultation_id BIGINT NOT NULL,
    previous_close TIMESTAMP NOT NULL,
    new_close TIMESTAMP NOT NULL,
    reason VARCHAR(2000) NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    recorded_by VARCHAR(100) NOT NULL,
    PRIMARY KEY (ID),
    CONSTRAINT FK_consultation_extension_consultation_id FOREIGN KEY (consultation_id) REFERENCES consultation (ID)
);

CREATE TABLE IF NOT EXISTS consultation_comment (
    ID BIGINT NOT NULL,
    VERSION BIGINT,
    consultation_id BIGINT NOT NULL,
    part_id BIGINT,
    body VARCHAR(10000) NOT NULL,
    commenter_name VARCHAR(1000),
    commenter_email VARCHAR(1000),
    commenter_organisation VARCHAR(1500),
    show_name BOOLEAN NOT NULL,
    consent_version VARCHAR(20) NOT NULL,
    state VARCHAR(20) NOT NULL,
    refusal_reason VARCHAR(1000),
    received_at TIMESTAMP NOT NULL,
    moderated_at TIMESTAMP,
    moderated_by VARCHAR(100),
    PRIMARY KEY (ID),
    CONSTRAINT FK_consultation_comment_consultation_id FOREIGN KEY (consultation_id) REFERENCES consultation (ID),
    CONSTRAINT FK_consultation_comment_part_id FOREIGN KEY (part_id) REFERENCES consultation_part (ID)
);

CREATE INDEX IF NOT EXISTS ix_consultation_comment ON consultation_comment (consultation_id, state);
