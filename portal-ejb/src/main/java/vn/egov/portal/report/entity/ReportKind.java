package vn.egov.portal.report.entity;

/**
 * What a report reports on. Only the board's monthly report is built so far; the agency evaluation
 * (Article 20.2, quarterly and yearly) and the authors' royalty statement are the next kinds.
 */
public enum ReportKind {
    MONTHLY,
    AGENCY_EVALUATION,
    ROYALTY_STATEMENT
}
