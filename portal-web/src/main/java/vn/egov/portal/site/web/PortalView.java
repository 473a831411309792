package vn.egov.portal.site.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.egov.portal.platform.web.PortalLocale;
import vn.egov.portal.site.boundary.SiteDirectory;
import vn.egov.portal.site.entity.Category;
import vn.egov.portal.site.entity.Site;

/** What every public page shows around its content: the portal's name, menu, contacts and notice. */
@Named("portal")
@RequestScoped
public class PortalView {

    @Inject
    SiteDirectory directory;

    @Inject
    PortalLocale locale;

    private Site site;
    private List<Category> categories;
    private List<Site> subPortals;

    public Site getSite() {
        if (site == null) {
            site = directory.getMainSite();
        }
        return site;
    }

    public String getName() {
        return getSite().getName().in(locale.getLocale());
    }

    public String getAttribution() {
        return getSite().getAttribution() == null
                ? null
                : getSite().getAttribution().in(locale.getLocale());
    }

    public List<Category> getCategories() {
        if (categories == null) {
            categories = directory.listCategories();
        }
        return categories;
    }

    public List<Site> getSubPortals() {
        if (subPortals == null) {
            subPortals = directory.listSubPortals();
        }
        return subPortals;
    }
}
