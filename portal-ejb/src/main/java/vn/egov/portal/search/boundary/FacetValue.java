package vn.egov.portal.search.boundary;

/** One value of a facet and how many results have it. */
public record FacetValue(String value, long count) {

    public String getValue() {
        return value;
    }

    public long getCount() {
        return count;
    }
}
