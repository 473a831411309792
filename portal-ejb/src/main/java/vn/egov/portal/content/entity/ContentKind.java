package vn.egov.portal.content.entity;

/** Kinds of work that the royalty rate table distinguishes (Article 12.1, 17.3). */
public enum ContentKind {
    NEWS,
    ARTICLE,
    PHOTO,
    VIDEO
}
