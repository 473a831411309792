package vn.egov.portal.qa.entity;

/** What happened to a question; each kind is one line of its history. */
public enum EventKind {
    SUBMITTED,
    FLAGGED,
    CLASSIFIED,
    ROUTED,
    TRANSFERRED,
    RETURNED,
    SPLIT,
    REFUSED,
    PROGRESS_NOTICE,
    DUE_DATE_MOVED,
    ANSWERED,
    PUBLISHED,
    UNPUBLISHED,
    ERASURE_REQUESTED,
    ERASED
}
