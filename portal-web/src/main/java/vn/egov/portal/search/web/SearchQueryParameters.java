package vn.egov.portal.search.web;

import jakarta.enterprise.context.ApplicationScoped;
import vn.egov.portal.platform.cache.web.PublicQueryParameters;
import vn.egov.portal.platform.paging.web.PageLinks;

/**
 * The results page: the words (a free-text search, so rate-limited per address), the facets chosen
 * (kind, sub-portal, category, year) and the page. Nothing else in the query reaches it or its key.
 */
@ApplicationScoped
public class SearchQueryParameters extends PublicQueryParameters {

    public SearchQueryParameters() {
        searchAt("/tim-kiem", "q", "loai", "cong", "chuyen-muc", "nam", PageLinks.PARAMETER);
    }
}
