package vn.egov.portal.qa.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.egov.portal.platform.chrome.web.PublicLink;
import vn.egov.portal.platform.chrome.web.PublicLinks;

/** The Q&A section in the main portal's navigation (Article 9: Q&A is the provincial portal's). */
@ApplicationScoped
public class QaPublicLinks implements PublicLinks {

    @Override
    public List<PublicLink> links() {
        return List.of(new PublicLink(40, "nav.qa", "/hoi-dap/", false));
    }
}
