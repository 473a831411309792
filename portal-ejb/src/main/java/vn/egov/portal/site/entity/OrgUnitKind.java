package vn.egov.portal.site.entity;

/** What kind of body a node of the organisation tree is; drives icons, grouping and routing. */
public enum OrgUnitKind {
    PROVINCE,
    PEOPLES_COUNCIL,
    PEOPLES_COMMITTEE,
    OFFICE,
    DEPARTMENT,
    BOARD,
    CENTRE,
    DISTRICT,
    COMMUNE,
    ORGANISATION,
    UNIT
}
