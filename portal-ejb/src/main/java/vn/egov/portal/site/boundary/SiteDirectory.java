package vn.egov.portal.site.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.egov.portal.platform.cache.boundary.PerContentVersion;
import vn.egov.portal.platform.entity.ContactInfo;
import vn.egov.portal.platform.entity.LocalizedText;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.site.entity.Category;
import vn.egov.portal.site.entity.OrgUnit;
import vn.egov.portal.site.entity.Site;

/** Public reads of the portal's structure: portals, categories and the organisation tree. */
@Stateless
@PermitAll
public class SiteDirectory {

    private static final PerContentVersion<Boolean, Signature> SIGNATURE = new PerContentVersion<>(1);

    @PersistenceContext
    EntityManager em;

    /**
     * What mails to the public sign with: the main site's name and its website, kept per content
     * version (every change of a site moves it) so that a submission's receipt does not read the site.
     */
    public Signature mainSiteSignature() {
        return SIGNATURE.get(Boolean.TRUE, unused -> Signature.of(getMainSite()));
    }

    /** The main site's name (a copy, not the entity's) and its website without a trailing slash ("" when none). */
    public record Signature(LocalizedText name, String website) {

        static Signature of(Site site) {
            String website =
                    site.getContact() == null ? null : site.getContact().getWebsite();
            return new Signature(
                    LocalizedText.of(site.getName().getVi(), site.getName().getEn()),
                    website == null ? "" : website.replaceAll("/+$", ""));
        }
    }

    public Site getMainSite() {
        return em.createNamedQuery(Site.MAIN, Site.class).getResultList().stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Main site", "MAIN"));
    }

    public Optional<Site> findSite(String slug) {
        return em.createNamedQuery(Site.BY_SLUG, Site.class).setParameter("slug", slug).getResultList().stream()
                .findFirst();
    }

    public Site getSite(String slug) {
        return findSite(slug).orElseThrow(() -> new NotFoundException("Site", slug));
    }

    public List<Site> listSubPortals() {
        return em.createNamedQuery(Site.SUB_PORTALS, Site.class).getResultList();
    }

    public List<Category> listCategories() {
        return em.createNamedQuery(Category.ALL, Category.class).getResultList();
    }

    public Optional<Category> findCategory(String code) {
        return em.createNamedQuery(Category.BY_CODE, Category.class).setParameter("code", code).getResultList().stream()
                .findFirst();
    }

    public Category getCategory(String code) {
        return findCategory(code).orElseThrow(() -> new NotFoundException("Category", code));
    }

    /**
     * The contacts a portal shows: its own, or, while it has set none, those of the unit that runs it
     * (a department's sub-portal is reached at the department). Empty when neither has any.
     */
    public Optional<ContactInfo> findContact(Site site) {
        Site managed = em.find(Site.class, site.getId());
        ContactInfo own = managed.getContact();
        if (own != null && !own.isBlank()) {
            return Optional.of(own);
        }
        return Optional.ofNullable(managed.getOwner()).map(OrgUnit::getContact).filter(contact -> !contact.isBlank());
    }

    /** Every unit, parents before children and siblings in their order. */
    public List<OrgUnit> listOrgUnits() {
        return em.createNamedQuery(OrgUnit.ALL_IN_TREE_ORDER, OrgUnit.class).getResultList();
    }

    public Optional<OrgUnit> findOrgUnit(String code) {
        return em.createNamedQuery(OrgUnit.BY_CODE, OrgUnit.class).setParameter("code", code).getResultList().stream()
                .findFirst();
    }

    public OrgUnit getOrgUnit(String code) {
        return findOrgUnit(code).orElseThrow(() -> new NotFoundException("Organisation unit", code));
    }
}
