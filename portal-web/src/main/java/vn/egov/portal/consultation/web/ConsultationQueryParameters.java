package vn.egov.portal.consultation.web;

import jakarta.enterprise.context.ApplicationScoped;
import vn.egov.portal.platform.cache.web.PublicQueryParameters;
import vn.egov.portal.platform.paging.web.PageLinks;

/** The consultations' list page. Nothing else in the query reaches these pages or their cache keys. */
@ApplicationScoped
public class ConsultationQueryParameters extends PublicQueryParameters {

    public ConsultationQueryParameters() {
        at("/lay-y-kien", PageLinks.PARAMETER);
    }
}
