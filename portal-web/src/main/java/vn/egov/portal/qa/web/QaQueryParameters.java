package vn.egov.portal.qa.web;

import jakarta.enterprise.context.ApplicationScoped;
import vn.egov.portal.platform.cache.web.PublicQueryParameters;
import vn.egov.portal.platform.paging.web.PageLinks;

/** The published answers' filters and page, and the kind of asker on the form. Nothing else in the query reaches these pages or their cache keys. */
@ApplicationScoped
public class QaQueryParameters extends PublicQueryParameters {

    public QaQueryParameters() {
        searchAt("/hoi-dap", "q", "linh-vuc", "co-quan", "loai", PageLinks.PARAMETER);
    }
}
