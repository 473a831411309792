-- V360: published statistics (issue 16, Article 5.14): the board's decision to publish a report or
-- some of its sections, with the statistics article that carries it; public once that article is
-- first published. Kept in step with report/entity/PublishedStatistics. H2 2.2 and PostgreSQL 15.

CREATE TABLE published_statistics (
    ID BIGINT NOT NULL,
    VERSION BIGINT,
    report_id BIGINT NOT NULL,
    section_keys VARCHAR(300) NOT NULL,
    decided_at TIMESTAMP NOT NULL,
    decided_by VARCHAR(80) NOT NULL,
    article_id BIGINT NOT NULL,
    published_at TIMESTAMP,
    PRIMARY KEY (ID)
);
CREATE INDEX ix_published_statistics_report ON published_statistics (report_id);
CREATE INDEX ix_published_statistics_article ON published_statistics (article_id);
