package vn.egov.portal.eservice.entity;

/** The tier of government that settles a procedure (provincial, district, commune). */
public enum ProcedureLevel {
    PROVINCE,
    DISTRICT,
    COMMUNE
}
