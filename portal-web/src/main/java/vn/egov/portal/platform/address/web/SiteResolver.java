package vn.egov.portal.platform.address.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.egov.portal.site.entity.Site;
import vn.egov.portal.site.web.PublicStructure;

/**
 * Which first path segments are active sub-portals. Read from the public structure snapshot, which
 * is renewed when public content changes (opening or closing a sub-portal moves the public content
 * version), so routing costs no query per request, not even for segments that name nothing.
 */
@ApplicationScoped
public class SiteResolver {

    @Inject
    PublicStructure structure;

    public Optional<Site> findActiveSubPortal(String slug) {
        return structure.subPortals().stream()
                .filter(site -> site.getSlug().equals(slug))
                .findFirst();
    }
}
