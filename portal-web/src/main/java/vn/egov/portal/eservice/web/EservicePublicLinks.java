package vn.egov.portal.eservice.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.egov.portal.platform.chrome.web.PublicLink;
import vn.egov.portal.platform.chrome.web.PublicLinks;

/** The main-portal navigation entry of the procedure catalogue. */
@ApplicationScoped
public class EservicePublicLinks implements PublicLinks {

    @Override
    public List<PublicLink> links() {
        return List.of(new PublicLink(50, "nav.procedures", "/thu-tuc-hanh-chinh/", false));
    }
}
