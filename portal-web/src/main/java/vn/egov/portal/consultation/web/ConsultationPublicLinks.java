package vn.egov.portal.consultation.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.egov.portal.platform.chrome.web.PublicLink;
import vn.egov.portal.platform.chrome.web.PublicLinks;

/** The main portal's navigation entry of the consultations (Article 5.8). */
@ApplicationScoped
public class ConsultationPublicLinks implements PublicLinks {

    @Override
    public List<PublicLink> links() {
        return List.of(new PublicLink(48, "nav.consultations", "/lay-y-kien/", false));
    }
}
