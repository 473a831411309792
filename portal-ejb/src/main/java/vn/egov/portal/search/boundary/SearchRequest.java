package vn.egov.portal.search.boundary;

import vn.egov.portal.platform.paging.boundary.PageRequest;
import vn.egov.portal.search.entity.SearchKind;

/**
 * What a reader asks: the typed words (any text: nothing in it is query syntax) and the facet values
 * chosen, each null for all.
 */
public record SearchRequest(
        String text, SearchKind kind, String site, String category, Integer year, PageRequest page) {

    /** The longest query read; longer is refused as bad input. */
    public static final int MAX_LENGTH = 200;

    public static SearchRequest of(String text, PageRequest page) {
        return new SearchRequest(text, null, null, null, null, page);
    }
}
