package vn.egov.portal.setup.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Collectors;
import vn.egov.portal.platform.config.boundary.PortalConfig;
import vn.egov.portal.platform.entity.ContactInfo;
import vn.egov.portal.security.boundary.Passwords;
import vn.egov.portal.security.entity.Role;
import vn.egov.portal.security.entity.UserAccount;
import vn.egov.portal.setup.control.DemoSitesData;
import vn.egov.portal.setup.control.PasswordGenerator;
import vn.egov.portal.setup.control.SecretFiles;
import vn.egov.portal.setup.control.SeedFiles;
import vn.egov.portal.site.entity.OrgUnit;
import vn.egov.portal.site.entity.Site;

/**
 * The demo province's departments, communes, sub-portals and one official per role. The officials
 * get random passwords, listed in {@code $PORTAL_DATA/demo-accounts.txt} (mode 0600).
 */
@Stateless
// Open to every caller on purpose: the start-up loads demo data without a caller.
@PermitAll
public class SiteDemoData implements DemoDataset {

    public static final String ACCOUNTS_FILE = "demo-accounts.txt";

    @PersistenceContext
    EntityManager em;

    @Inject
    StructuralSeed structure;

    @Inject
    Passwords passwords;

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    @Override
    public String key() {
        return "demo.sites.v1";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load() {
        DemoSitesData data = SeedFiles.read("seed/demo-sites.json", DemoSitesData.class);
        structure.addMissingOrgUnits(data.orgUnits());
        Site main = em.createNamedQuery(Site.MAIN, Site.class).getSingleResult();
        ContactInfo contact =
                main.getContact() == null ? new ContactInfo(null, null, null, null, null) : main.getContact();
        main.describe(main.getAttribution(), contact.withHotline(data.mainSiteHotline()));
        data.subPortals().forEach(structure::addSite);
        String listing = data.accounts().stream().map(this::openAccount).collect(Collectors.joining());
        Path file = config.dataDirectory().resolve(ACCOUNTS_FILE);
        SecretFiles.write(file, listing);
    }

    private String openAccount(DemoSitesData.AccountData data) {
        String password = PasswordGenerator.generate();
        UserAccount account = new UserAccount(
                data.username(), data.displayName(), null, passwords.hash(password.toCharArray()), clock.instant());
        account.grant(Role.valueOf(data.role()), site(data.site()), unit(data.unit()));
        em.persist(account);
        return data.username() + "\t" + password + "\t" + data.role() + System.lineSeparator();
    }

    private Site site(String slug) {
        return slug == null
                ? null
                : em.createNamedQuery(Site.BY_SLUG, Site.class)
                        .setParameter("slug", slug)
                        .getSingleResult();
    }

    private OrgUnit unit(String code) {
        return code == null
                ? null
                : em.createNamedQuery(OrgUnit.BY_CODE, OrgUnit.class)
                        .setParameter("code", code)
                        .getSingleResult();
    }
}
