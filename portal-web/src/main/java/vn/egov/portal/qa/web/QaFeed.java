package vn.egov.portal.qa.web;

import jakarta.enterprise.context.ApplicationScoped;
import vn.egov.portal.platform.discovery.boundary.PublicFeed;

/** The newest answers' Atom feed, for the sitemap. */
@ApplicationScoped
public class QaFeed implements PublicFeed {

    @Override
    public String path() {
        return QaFeedServlet.PATH;
    }
}
