-- V320: reports (issue 16): one row per run of a report for a period, its figures as JSON text
-- (aggregates only, nothing personal); a rerun adds the next number and supersedes the earlier row.
-- Kept in step with report/entity/Report. Runs on H2 2.2 and PostgreSQL 15.

CREATE TABLE IF NOT EXISTS report (
    ID BIGINT NOT NULL,
    VERSION BIGINT,
    KIND VARCHAR(30) NOT NULL,
    period_text VARCHAR(10) NOT NULL,
    run_number INTEGER NOT NULL,
    STATE VARCHAR(20) NOT NULL,
    CREATEDAT TIMESTAMP NOT NULL,
    data_json VARCHAR NOT NULL,
    PRIMARY KEY (ID),
    CONSTRAINT ux_report_kind_period_number UNIQUE (KIND, period_text, run_number)
);
CREATE INDEX IF NOT EXISTS ix_report_created ON report (CREATEDAT);
