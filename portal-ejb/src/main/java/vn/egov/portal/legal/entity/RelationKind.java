package vn.egov.portal.legal.entity;

/**
 * How one document acts on another. Stored once, from the acting document; the other side reads
 * the inverse ("amended by", "replaced by", "guided by").
 */
public enum RelationKind {
    AMENDS,
    REPLACES,
    GUIDES
}
