package vn.egov.portal.statistics.entity;

/** What a counted request was: a public page read by a person, or a call of the public API. */
public enum AccessKind {
    PAGE,
    API
}
