package vn.egov.portal.eservice.web;

import jakarta.enterprise.context.ApplicationScoped;
import vn.egov.portal.platform.cache.web.PublicQueryParameters;
import vn.egov.portal.platform.paging.web.PageLinks;

/** The procedure catalogue's criteria and page. Nothing else in the query reaches these pages or their cache keys. */
@ApplicationScoped
public class ProcedureQueryParameters extends PublicQueryParameters {

    public ProcedureQueryParameters() {
        searchAt("/thu-tuc-hanh-chinh", "q", "linh-vuc", "co-quan", "cap", "muc-do", PageLinks.PARAMETER);
    }
}
