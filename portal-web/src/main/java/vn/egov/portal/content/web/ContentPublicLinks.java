package vn.egov.portal.content.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.egov.portal.platform.chrome.web.PublicLink;
import vn.egov.portal.platform.chrome.web.PublicLinks;

/** Main navigation entries of the content features: news on every portal; leaders, organisation, contact. */
@ApplicationScoped
public class ContentPublicLinks implements PublicLinks {

    @Override
    public List<PublicLink> links() {
        return List.of(
                new PublicLink(10, "nav.news", "/chuyen-muc/tin-tuc-su-kien", true),
                new PublicLink(20, "nav.leaders", "/lanh-dao/", false),
                new PublicLink(25, "nav.schedule", "/lanh-dao/lich-tuan.xhtml", false),
                new PublicLink(30, "nav.organisation", "/to-chuc/", false),
                new PublicLink(90, "nav.contact", "/lien-he/", true));
    }
}
