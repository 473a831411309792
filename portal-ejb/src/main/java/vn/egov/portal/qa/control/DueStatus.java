package vn.egov.portal.qa.control;

/** Where an open question stands against its answer date. */
public enum DueStatus {
    /** No due date yet (not routed, or no calendar to count with). */
    NO_DATE,
    ON_TRACK,
    /** Within the configured working days of its answer date. */
    DUE_SOON,
    OVERDUE
}
