package vn.egov.portal.deadline.entity;

/** An obligation runs until the information is published (fulfilled) or it no longer applies. */
public enum ObligationState {
    OPEN,
    FULFILLED,
    CANCELLED
}
