package vn.egov.portal.site.entity;

/** The main portal, or a sub-portal of a department, a commune or a topic (Article 2.3). */
public enum SiteKind {
    MAIN,
    DEPARTMENT,
    COMMUNE,
    TOPIC
}
