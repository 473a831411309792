package vn.egov.portal.qa.entity;

/**
 * Why the board does not take a question (Article 9.1 and 9.3): complaints and denunciations have
 * their own procedure, private matters are not state management, and some questions are not the
 * provincial People's Committee's to answer.
 */
public enum RefusalReason {
    COMPLAINT_OR_DENUNCIATION,
    PRIVATE_MATTER,
    OUTSIDE_REMIT
}
