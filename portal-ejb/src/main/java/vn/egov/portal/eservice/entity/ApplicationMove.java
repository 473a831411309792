package vn.egov.portal.eservice.entity;

/**
 * What can happen to a dossier. The applicant submits, supplements and withdraws (by code and
 * secret); every other move is an official's of the competent agency.
 */
public enum ApplicationMove {
    /** The applicant sends the dossier: how every dossier starts, never a move from a state. */
    SUBMIT,
    RECEIVE,
    REFUSE,
    START_PROCESSING,
    REQUEST_SUPPLEMENT,
    SUPPLEMENT,
    MARK_RESULT_READY,
    COMPLETE,
    REJECT,
    WITHDRAW;

    /** The moves an official makes; the others are the applicant's. */
    public boolean isOfficials() {
        return this != SUBMIT && this != SUPPLEMENT && this != WITHDRAW;
    }
}
