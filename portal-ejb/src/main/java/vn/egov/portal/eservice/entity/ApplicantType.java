package vn.egov.portal.eservice.entity;

/** Who applies: a person for themselves, or an organisation through its representative. */
public enum ApplicantType {
    INDIVIDUAL,
    ORGANISATION
}
