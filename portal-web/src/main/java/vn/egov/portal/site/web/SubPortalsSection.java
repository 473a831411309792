package vn.egov.portal.site.web;

import jakarta.enterprise.context.ApplicationScoped;
import vn.egov.portal.platform.chrome.web.HomeSection;
import vn.egov.portal.site.entity.Site;

/** Home page block: Links to the departments' and communes' portals; on the main portal only. */
@ApplicationScoped
public class SubPortalsSection implements HomeSection {

    @Override
    public int order() {
        return 90;
    }

    @Override
    public String fragment() {
        return "/WEB-INF/sections/sub-portals.xhtml";
    }

    @Override
    public boolean shownOn(Site site) {
        return site.isMain();
    }
}
