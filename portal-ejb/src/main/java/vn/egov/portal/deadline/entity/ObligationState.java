package vn.egov.portal.deadline.entity;

/**
 * An obligation runs until the information is published (fulfilled) or it no longer applies. The
 * feature that owns it may stop its clock while it waits on somebody else (a dossier awaiting the
 * applicant's supplement): a paused obligation is not judged until it runs again with a new date.
 */
public enum ObligationState {
    OPEN,
    PAUSED,
    FULFILLED,
    CANCELLED
}
