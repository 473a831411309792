package vn.egov.portal.eservice.entity;

/**
 * How the applicant rates the service once the dossier is completed (the three answers of the
 * national portal's survey). Satisfied and acceptable both count as content in the public results.
 */
public enum ServiceRating {
    SATISFIED,
    ACCEPTABLE,
    UNSATISFIED;

    /** Counts towards the satisfaction rate. */
    public boolean isContent() {
        return this != UNSATISFIED;
    }
}
