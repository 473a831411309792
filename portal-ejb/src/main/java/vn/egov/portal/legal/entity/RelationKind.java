package vn.egov.portal.legal.entity;

/**
 * How one document acts on another. Stored once, from the acting document; the other side reads
 * the inverse ("amended by", "replaced by", "guided by"), which has a name of its own so that pages
 * and the API never show a made-up one.
 */
public enum RelationKind {
    AMENDS("AMENDED_BY"),
    REPLACES("REPLACED_BY"),
    GUIDES("GUIDED_BY");

    private final String inverse;

    RelationKind(String inverse) {
        this.inverse = inverse;
    }

    /** The name of the relation as the document acted on sees it: "AMENDED_BY". */
    public String inverse() {
        return inverse;
    }
}
