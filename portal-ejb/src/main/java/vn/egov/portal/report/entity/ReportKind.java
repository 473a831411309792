package vn.egov.portal.report.entity;

/**
 * What a report reports on: the board's monthly report (Article 20.1), the agency evaluation
 * (Article 20.2, quarterly and yearly) and the month's royalty statements, one per author (Articles
 * 12.1 and 17.3). Each is made by its own job and kept the same way ({@link Report}).
 */
public enum ReportKind {
    MONTHLY(true),
    AGENCY_EVALUATION(true),
    /** Each author's pay: never public statistics. */
    ROYALTY_STATEMENT(false);

    private final boolean publishable;

    ReportKind(boolean publishable) {
        this.publishable = publishable;
    }

    /** Whether the board may publish reports of this kind as statistics (Article 5.14). */
    public boolean isPublishable() {
        return publishable;
    }
}
