package vn.egov.portal.consultation.entity;

/** The consultation as the public list groups it: upcoming, open, closed, or with its summary. */
public enum PublicPhase {
    UPCOMING,
    OPEN,
    CLOSED,
    SUMMARISED
}
