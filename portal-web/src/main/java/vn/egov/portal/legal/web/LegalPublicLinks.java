package vn.egov.portal.legal.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.egov.portal.platform.chrome.web.PublicLink;
import vn.egov.portal.platform.chrome.web.PublicLinks;

/** Main-portal navigation entries of the legal register, the e-Gazette and the working-day calendar. */
@ApplicationScoped
public class LegalPublicLinks implements PublicLinks {

    @Override
    public List<PublicLink> links() {
        return List.of(
                new PublicLink(40, "nav.legalDocuments", "/van-ban/", false),
                new PublicLink(45, "nav.gazette", "/cong-bao/", false),
                new PublicLink(80, "nav.workingCalendar", "/lich/", false));
    }
}
