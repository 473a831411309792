package vn.egov.portal.search.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import vn.egov.portal.platform.address.boundary.TopLevelPaths;

/** The results page at "/tim-kiem" (tìm kiếm: search), where the search box of every public page goes. */
@ApplicationScoped
public class SearchAddresses extends TopLevelPaths {

    public SearchAddresses() {
        super("tim-kiem", "sitemap");
    }
}
