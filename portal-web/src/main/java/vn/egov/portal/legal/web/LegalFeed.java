package vn.egov.portal.legal.web;

import jakarta.enterprise.context.ApplicationScoped;
import vn.egov.portal.platform.discovery.boundary.PublicFeed;

/** The newest legal documents' Atom feed, for the sitemap. */
@ApplicationScoped
public class LegalFeed implements PublicFeed {

    @Override
    public String path() {
        return LegalFeedServlet.PATH;
    }
}
