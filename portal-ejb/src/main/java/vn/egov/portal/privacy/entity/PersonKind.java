package vn.egov.portal.privacy.entity;

/**
 * Who gives particulars to the portal (Article 9.2): an organisation through its representative, or
 * an individual for themselves. The Q&A asker and the applicant for a public service alike.
 */
public enum PersonKind {
    ORGANISATION,
    INDIVIDUAL
}
