-- V370: the files of each report run (issue 16: "each run stores its report as structured data and
-- as files"): its PDF, ODS and CSV, written when the run is stored and kept by the file store under
-- $PORTAL_DATA/bao-cao. Runs stored before this migration have none; their files are written from
-- the stored figures when asked for. Kept in step with report/entity/ReportFile. H2 2.2 and PostgreSQL 15.

CREATE TABLE IF NOT EXISTS report_file (
    ID BIGINT NOT NULL,
    VERSION BIGINT,
    report_id BIGINT NOT NULL,
    document_format VARCHAR(10) NOT NULL,
    FILENAME VARCHAR(255) NOT NULL,
    FORMAT VARCHAR(10) NOT NULL,
    SIZEBYTES BIGINT NOT NULL,
    SHA256 VARCHAR(64),
    LOCATION VARCHAR(200),
    SEALED BOOLEAN,
    WIDTH INTEGER,
    HEIGHT INTEGER,
    PRIMARY KEY (ID),
    CONSTRAINT ux_report_file_format UNIQUE (report_id, document_format),
    CONSTRAINT FK_report_file_report_id FOREIGN KEY (report_id) REFERENCES report (ID)
);
