package vn.egov.portal.privacy.control;

/** The kinds of personal data the detectors look for in free text (Article 19.1). */
public enum PiiKind {
    /** An identity card number: CMND (9 digits) or CCCD (12 digits). */
    ID_NUMBER,
    PASSPORT,
    PHONE,
    EMAIL,
    ADDRESS,
    /** A value the person gave about themselves (name, e-mail ...) found again in the text. */
    KNOWN_VALUE
}
