package vn.egov.portal.content.web;

import jakarta.enterprise.context.ApplicationScoped;
import vn.egov.portal.platform.cache.web.PublicQueryParameters;
import vn.egov.portal.platform.paging.web.PageLinks;

/** Category pages: their page number and the untranslated-articles switch. Nothing else in the query reaches these pages or their cache keys. */
@ApplicationScoped
public class ContentQueryParameters extends PublicQueryParameters {

    public ContentQueryParameters() {
        at("/chuyen-muc", PageLinks.PARAMETER, "ban-dich");
    }
}
