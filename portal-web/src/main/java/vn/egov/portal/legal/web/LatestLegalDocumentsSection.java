package vn.egov.portal.legal.web;

import jakarta.enterprise.context.ApplicationScoped;
import vn.egov.portal.platform.chrome.web.HomeSection;
import vn.egov.portal.site.entity.Site;

/** Home page block of the main portal: the latest legal documents published (R4, Article 5.6). */
@ApplicationScoped
public class LatestLegalDocumentsSection implements HomeSection {

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String fragment() {
        return "/WEB-INF/sections/latest-legal-documents.xhtml";
    }

    @Override
    public boolean shownOn(Site site) {
        return site.isMain();
    }
}
