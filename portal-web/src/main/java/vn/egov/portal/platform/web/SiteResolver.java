package vn.egov.portal.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.egov.portal.platform.boundary.PublicContentVersion;
import vn.egov.portal.site.boundary.SiteDirectory;
import vn.egov.portal.site.entity.Site;

/**
 * Which first path segments are active sub-portals, remembered until public content changes (opening
 * or closing a sub-portal moves the public content version), so routing costs no query per request.
 */
@ApplicationScoped
public class SiteResolver {

    @Inject
    SiteDirectory directory;

    @Inject
    PublicContentVersion publicContent;

    private final Map<String, Optional<Site>> known = new ConcurrentHashMap<>();
    private volatile long knownVersion = -1;

    public Optional<Site> findActiveSubPortal(String slug) {
        long version = publicContent.current();
        if (version != knownVersion) {
            known.clear();
            knownVersion = version;
        }
        if (known.size() > 10_000) {
            known.clear();
        }
        return known.computeIfAbsent(
                slug, key -> directory.findSite(key).filter(site -> !site.isMain() && site.isActive()));
    }
}
