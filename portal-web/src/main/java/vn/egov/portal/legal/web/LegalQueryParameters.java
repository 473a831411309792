package vn.egov.portal.legal.web;

import jakarta.enterprise.context.ApplicationScoped;
import vn.egov.portal.platform.cache.web.PublicQueryParameters;
import vn.egov.portal.platform.paging.web.PageLinks;

/** The legal register's search criteria and page. Nothing else in the query reaches these pages or their cache keys. */
@ApplicationScoped
public class LegalQueryParameters extends PublicQueryParameters {

    public LegalQueryParameters() {
        searchAt("/van-ban", "q", "so", "loai", "linh-vuc", "nam", "hieu-luc", PageLinks.PARAMETER);
    }
}
