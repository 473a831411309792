package vn.egov.portal.site.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.platform.address.boundary.AddressSpace;
import vn.egov.portal.platform.address.control.Slug;
import vn.egov.portal.platform.cache.boundary.PublicContentVersion;
import vn.egov.portal.platform.entity.ContactInfo;
import vn.egov.portal.platform.entity.LocalizedText;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.validation.boundary.InputCheck;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.platform.validation.control.MaxLength;
import vn.egov.portal.platform.validation.control.Required;
import vn.egov.portal.security.boundary.AccessControl;
import vn.egov.portal.security.boundary.AccessDeniedException;
import vn.egov.portal.security.entity.Role;
import vn.egov.portal.security.entity.Roles;
import vn.egov.portal.security.entity.UserAccount;
import vn.egov.portal.site.entity.Site;
import vn.egov.portal.site.entity.SiteKind;
import vn.egov.portal.site.entity.SiteSettings;

/**
 * Sub-portals of departments and communes (Article 2.3, R3.1): the system administrator or the main
 * editor-in-chief opens and closes them; each sub-portal's editor keeps its name, contacts, menu and
 * logo, and only those of their own sub-portal.
 */
@Stateless
public class SubPortalAdministration {

    @PersistenceContext
    EntityManager em;

    @Inject
    SiteDirectory directory;

    @Inject
    AccessControl access;

    @Inject
    PublicContentVersion publicContent;

    @Inject
    AuditTrail audit;

    @Inject
    InputCheck inputs;

    @Inject
    AddressSpace addresses;

    /** What the console form sends for a portal, with its rules. */
    public record Profile(
            @Required(message = "{site.error.name}") @MaxLength(300) String nameVi,
            @MaxLength(300) String nameEn,
            @MaxLength(500) String attributionVi,
            @MaxLength(500) String attributionEn,
            @MaxLength(500) String address,
            @MaxLength(50) String phone,
            @MaxLength(200) String email) {}

    @RolesAllowed({Roles.SYSADMIN, Roles.EDITOR_IN_CHIEF})
    public Site open(String slug, SiteKind kind, String ownerUnitCode, Profile profile) {
        requireMainHead();
        if (slug == null || !addresses.isFreeForSubPortal(slug)) {
            throw InvalidInputException.of(
                    "slug", addresses.isReserved(slug) ? "site.error.slugReserved" : "site.error.slugForm");
        }
        if (directory.findSite(slug).isPresent()) {
            throw new ConflictException("site.error.slugTaken", "Slug taken: " + slug);
        }
        if (kind == null || kind == SiteKind.MAIN) {
            throw InvalidInputException.of("kind", "site.error.kind");
        }
        inputs.require(profile);
        Site site = new Site(
                new Slug(slug),
                kind,
                names(profile.nameVi(), profile.nameEn()),
                ownerUnitCode == null ? null : directory.getOrgUnit(ownerUnitCode));
        describe(site, profile);
        em.persist(site);
        publicContent.changed();
        audit.record("site.open", "site " + slug, kind.name());
        return site;
    }

    @RolesAllowed({Roles.SYSADMIN, Roles.EDITOR_IN_CHIEF, Roles.SUBPORTAL_EDITOR})
    public Site update(String slug, Profile profile, List<String> menuCategories, String logoToken) {
        Site site = directory.getSite(slug);
        requireManager(site);
        inputs.require(profile);
        site.rename(names(profile.nameVi(), profile.nameEn()));
        describe(site, profile);
        SiteSettings settings = findSettings(site).orElseGet(() -> {
            SiteSettings created = new SiteSettings(site);
            em.persist(created);
            return created;
        });
        menuCategories.forEach(directory::getCategory);
        settings.showInMenu(menuCategories);
        settings.useLogo(Text.clean(logoToken));
        publicContent.changed();
        audit.record("site.update", "site " + slug, null);
        return site;
    }

    @RolesAllowed({Roles.SYSADMIN, Roles.EDITOR_IN_CHIEF})
    public Site setActive(String slug, boolean active) {
        requireMainHead();
        Site site = directory.getSite(slug);
        if (site.isMain()) {
            throw new ConflictException("site.error.mainAlwaysOn", "The main portal stays on");
        }
        if (active) {
            site.activate();
        } else {
            site.deactivate();
        }
        publicContent.changed();
        audit.record(active ? "site.activate" : "site.deactivate", "site " + slug, null);
        return site;
    }

    @PermitAll
    public Optional<SiteSettings> findSettings(Site site) {
        return em
                .createNamedQuery(SiteSettings.OF_SITE, SiteSettings.class)
                .setParameter("site", site.getId())
                .getResultList()
                .stream()
                .findFirst();
    }

    /** Every portal, inactive ones too, for the console. */
    @RolesAllowed({Roles.SYSADMIN, Roles.EDITOR_IN_CHIEF, Roles.SUBPORTAL_EDITOR})
    public List<Site> listAll() {
        return em.createQuery("select s from Site s order by s.kind, s.slug", Site.class)
                .getResultList();
    }

    private void requireMainHead() {
        UserAccount me = access.requireAccount();
        if (!me.holds(Role.SYSADMIN) && !me.holds(Role.EDITOR_IN_CHIEF, directory.getMainSite())) {
            throw new AccessDeniedException("Only the administrator or the main editor-in-chief opens sub-portals");
        }
    }

    private void requireManager(Site site) {
        UserAccount me = access.requireAccount();
        boolean allowed = me.holds(Role.SYSADMIN)
                || me.holds(Role.EDITOR_IN_CHIEF, directory.getMainSite())
                || me.holds(Role.SUBPORTAL_EDITOR, site);
        if (!allowed) {
            throw new AccessDeniedException("Not a manager of site " + site.getSlug());
        }
    }

    private static void describe(Site site, Profile profile) {
        site.describe(
                Text.clean(profile.attributionVi()) == null
                        ? null
                        : names(profile.attributionVi(), profile.attributionEn()),
                // The console's profile form has no hotline yet: keep the one the seed gave.
                new ContactInfo(
                        Text.clean(profile.address()),
                        Text.clean(profile.phone()),
                        null,
                        Text.clean(profile.email()),
                        null,
                        site.getContact() == null ? null : site.getContact().getHotline()));
    }

    private static LocalizedText names(String vi, String en) {
        return LocalizedText.of(Text.clean(vi), Text.clean(en));
    }
}
