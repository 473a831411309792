package vn.egov.portal.qa.web;

import jakarta.enterprise.context.ApplicationScoped;
import vn.egov.portal.platform.chrome.web.HomeSection;
import vn.egov.portal.site.entity.Site;

/** Home page block of the main portal: the latest published answers, with the way to ask. */
@ApplicationScoped
public class LatestAnswersSection implements HomeSection {

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String fragment() {
        return "/WEB-INF/sections/qa-latest.xhtml";
    }

    @Override
    public boolean shownOn(Site site) {
        return site.isMain();
    }
}
