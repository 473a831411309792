package vn.egov.portal.site.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.egov.portal.platform.cache.boundary.PublicContentVersion;
import vn.egov.portal.platform.entity.ContactInfo;
import vn.egov.portal.site.boundary.SiteDirectory;
import vn.egov.portal.site.boundary.SubPortalAdministration;
import vn.egov.portal.site.entity.Category;
import vn.egov.portal.site.entity.Site;
import vn.egov.portal.site.entity.SiteSettings;

/**
 * The main portal, the categories, the sub-portals and their contacts as every public page needs
 * them, read once per public content version. Reading the same few rows into the entity cache from
 * every request made concurrent renders queue on the cache's locks (measured with 64 readers); this
 * keeps them off it.
 */
@ApplicationScoped
public class PublicStructure {

    @Inject
    SiteDirectory directory;

    @Inject
    SubPortalAdministration subPortalAdministration;

    private record Snapshot(
            long version,
            Site mainSite,
            List<Category> categories,
            List<Site> subPortals,
            Map<String, Optional<SiteSettings>> settings,
            Map<String, Optional<ContactInfo>> contacts) {}

    private volatile Snapshot snapshot;

    public Site mainSite() {
        return current().mainSite();
    }

    public List<Category> categories() {
        return current().categories();
    }

    public List<Site> subPortals() {
        return current().subPortals();
    }

    /** A category by its code, from the snapshot: category pages and feeds cost no query for it. */
    public Optional<Category> findCategory(String code) {
        return categories().stream()
                .filter(category -> category.getCode().equals(code))
                .findFirst();
    }

    /** A portal's own menu and logo, when it chose them. */
    public Optional<SiteSettings> settingsOf(Site site) {
        return current().settings().computeIfAbsent(site.getSlug(), slug -> subPortalAdministration.findSettings(site));
    }

    /** A portal's contacts for its footer and contact page: its own, or its unit's. */
    public Optional<ContactInfo> contactOf(Site site) {
        return current().contacts().computeIfAbsent(site.getSlug(), slug -> directory.findContact(site));
    }

    private Snapshot current() {
        Snapshot known = snapshot;
        long version = PublicContentVersion.currentVersion();
        if (known == null || known.version() != version) {
            known = new Snapshot(
                    version,
                    directory.getMainSite(),
                    List.copyOf(directory.listCategories()),
                    List.copyOf(directory.listSubPortals()),
                    new ConcurrentHashMap<>(),
                    new ConcurrentHashMap<>());
            snapshot = known;
        }
        return known;
    }
}
