package vn.egov.portal.legal.entity;

/** Whether a document still has legal effect (R4.1). */
public enum LegalStatus {
    IN_FORCE,
    PARTLY_IN_FORCE,
    EXPIRED,
    REPLACED
}
