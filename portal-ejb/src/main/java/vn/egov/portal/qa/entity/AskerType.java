package vn.egov.portal.qa.entity;

/** Who asks (Article 9.2): an organisation through its representative, or an individual. */
public enum AskerType {
    ORGANISATION,
    INDIVIDUAL
}
