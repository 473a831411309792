package vn.egov.portal.setup.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import vn.egov.portal.platform.address.boundary.AddressSpace;
import vn.egov.portal.platform.address.control.Slug;
import vn.egov.portal.platform.config.boundary.PortalConfig;
import vn.egov.portal.platform.entity.ContactInfo;
import vn.egov.portal.platform.entity.LocalizedText;
import vn.egov.portal.setup.control.SeedFiles;
import vn.egov.portal.setup.control.StructureData;
import vn.egov.portal.site.entity.Category;
import vn.egov.portal.site.entity.OrgUnit;
import vn.egov.portal.site.entity.OrgUnitKind;
import vn.egov.portal.site.entity.Site;
import vn.egov.portal.site.entity.SiteKind;
import vn.egov.portal.site.entity.SiteLink;

/**
 * Loads what every installation needs before anyone logs in: the statutory categories, the main
 * portal and the organisation-tree template. Each record is added only when its code is missing, so
 * a restart adds nothing and a newer seed file adds only what is new.
 */
@Stateless
// Open to every caller on purpose: the start-up applies the structure without a caller.
@PermitAll
public class StructuralSeed {

    private static final Logger LOG = Logger.getLogger(StructuralSeed.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalConfig config;

    @Inject
    AddressSpace addresses;

    public void apply() {
        StructureData data = SeedFiles.read(config.structureSeed(), StructureData.class);
        int units = addMissingOrgUnits(data.orgUnits());
        int categories = addMissingCategories(data.categories());
        boolean site = addMainSiteIfMissing(data.mainSite());
        LOG.info(() -> "Structural seed: " + units + " units, " + categories + " categories"
                + (site ? ", main site" : "") + " added");
    }

    /** Adds the units whose codes are new, parents first; returns how many were added. */
    public int addMissingOrgUnits(List<StructureData.OrgUnitData> units) {
        Map<String, OrgUnit> known =
                em.createNamedQuery(OrgUnit.ALL_IN_TREE_ORDER, OrgUnit.class).getResultList().stream()
                        .collect(Collectors.toMap(OrgUnit::getCode, unit -> unit));
        int added = 0;
        int order = 0;
        for (StructureData.OrgUnitData data : units) {
            order++;
            if (known.containsKey(data.code())) {
                continue;
            }
            OrgUnit parent = data.parent() == null ? null : known.get(data.parent());
            if (data.parent() != null && parent == null) {
                throw new IllegalStateException("Seed unit " + data.code() + " names unknown parent " + data.parent());
            }
            OrgUnit unit = new OrgUnit(
                    new Slug(data.code()), names(data.name()), OrgUnitKind.valueOf(data.kind()), parent, order);
            unit.describe(names(data.name()), contact(data.contact()));
            em.persist(unit);
            known.put(unit.getCode(), unit);
            added++;
        }
        return added;
    }

    private int addMissingCategories(List<StructureData.CategoryData> categories) {
        int added = 0;
        int order = 0;
        for (StructureData.CategoryData data : categories) {
            order++;
            boolean exists = !em.createNamedQuery(Category.BY_CODE, Category.class)
                    .setParameter("code", data.code())
                    .getResultList()
                    .isEmpty();
            if (!exists) {
                em.persist(new Category(
                        new Slug(data.code()), data.clause(), names(data.name()), names(data.description()), order));
                added++;
            }
        }
        return added;
    }

    /** The main site once; its footer links also later, while it has none (a portal of an earlier release). */
    private boolean addMainSiteIfMissing(StructureData.SiteData data) {
        List<Site> main = em.createNamedQuery(Site.MAIN, Site.class).getResultList();
        if (!main.isEmpty()) {
            if (main.get(0).getLinks().isEmpty()) {
                main.get(0).useLinks(links(data.links()));
            }
            return false;
        }
        addSite(data);
        return true;
    }

    /** Adds a portal described by seed data; its owner unit must exist, and a sub-portal a free address. */
    public Site addSite(StructureData.SiteData data) {
        SiteKind kind = SiteKind.valueOf(data.kind());
        if (kind != SiteKind.MAIN && addresses.isReserved(data.slug())) {
            throw new IllegalArgumentException("A sub-portal cannot take the reserved path /" + data.slug());
        }
        OrgUnit owner = em
                .createNamedQuery(OrgUnit.BY_CODE, OrgUnit.class)
                .setParameter("code", data.owner())
                .getResultList()
                .stream()
                .findFirst()
                .orElse(null);
        Site site = new Site(new Slug(data.slug()), kind, names(data.name()), owner);
        site.describe(names(data.attribution()), contact(data.contact()));
        site.useLinks(links(data.links()));
        em.persist(site);
        return site;
    }

    static List<SiteLink> links(List<StructureData.LinkData> links) {
        return links.stream()
                .map(link -> new SiteLink(names(link.name()), link.url()))
                .toList();
    }

    static LocalizedText names(StructureData.Names names) {
        return names == null ? null : LocalizedText.of(names.vi(), names.en());
    }

    static ContactInfo contact(StructureData.Contact contact) {
        return contact == null
                ? null
                : new ContactInfo(
                        contact.address(),
                        contact.phone(),
                        contact.fax(),
                        contact.email(),
                        contact.website(),
                        contact.hotline());
    }
}
