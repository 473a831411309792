package vn.egov.portal.content.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.egov.portal.platform.chrome.web.HomeSection;
import vn.egov.portal.site.entity.Site;
import vn.egov.portal.site.web.PublicStructure;

/**
 * Home page block: the statutory categories of Article 5 with a link to each list. The main portal
 * shows all of them with the province's descriptions; a sub-portal only the menu it chose, since its
 * news blocks already lead to the categories it writes in, and the province's texts (its leaders, its
 * sub-portals) are not the sub-portal's.
 */
@ApplicationScoped
public class CategoriesSection implements HomeSection {

    @Inject
    PublicStructure structure;

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String fragment() {
        return "/WEB-INF/sections/categories.xhtml";
    }

    @Override
    public boolean shownOn(Site site) {
        return site.isMain()
                || structure
                        .settingsOf(site)
                        .map(settings -> !settings.getMenuCategories().isEmpty())
                        .orElse(false);
    }
}
