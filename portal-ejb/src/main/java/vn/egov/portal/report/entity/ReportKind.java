package vn.egov.portal.report.entity;

/**
 * What a report reports on: the board's monthly report, the agency evaluation (Article 20.2,
 * quarterly and yearly); the authors' royalty statement is the next kind.
 */
public enum ReportKind {
    MONTHLY,
    AGENCY_EVALUATION,
    ROYALTY_STATEMENT
}
