-- Page views and API calls per day of the portal's zone (issue 16: the monthly report). Counted in
-- memory, added here once a minute. H2 2.2 and PostgreSQL 15.

CREATE TABLE access_count (
    ID BIGINT NOT NULL,
    VERSION BIGINT,
    COUNT_DAY DATE NOT NULL,
    KIND VARCHAR(10) NOT NULL,
    REQUESTS BIGINT NOT NULL,
    PRIMARY KEY (ID),
    CONSTRAINT UNQ_access_count_0 UNIQUE (COUNT_DAY, KIND)
);
