package vn.egov.portal.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.egov.portal.platform.address.boundary.AddressSpace;
import vn.egov.portal.setup.boundary.DemoDataset;
import vn.egov.portal.setup.boundary.DemoRunner;
import vn.egov.portal.setup.boundary.InitialAdministrator;
import vn.egov.portal.setup.boundary.StructuralSeed;
import vn.egov.portal.setup.control.StructureData;
import vn.egov.portal.site.boundary.SiteDirectory;
import vn.egov.portal.site.entity.OrgUnit;
import vn.egov.portal.test.PortalDeployment;

/** The first start's data, and that starting again on the same data adds nothing. */
@ExtendWith(ArquillianExtension.class)
class StructureSeedIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @Inject
    SiteDirectory directory;

    @Inject
    StructuralSeed structure;

    @Inject
    InitialAdministrator administrator;

    @Inject
    DemoRunner demoRunner;

    @Inject
    @Any
    Instance<DemoDataset> demoDatasets;

    @Inject
    AddressSpace addresses;

    @PersistenceContext
    EntityManager em;

    @Test
    void firstStartSeedsTheStatutoryStructure() {
        assertThat(directory.listCategories()).hasSize(14);
        assertThat(directory.listCategories().get(5).getClause()).isEqualTo("5.6");
        assertThat(directory.getMainSite().getName().getVi()).isEqualTo("Cổng Thông tin điện tử tỉnh Cao Bằng");
        assertThat(directory.getMainSite().getName().getEn()).isEqualTo("Cao Bang Portal");
        assertThat(directory.getMainSite().getAttribution().getVi())
                .startsWith("Theo Cổng Thông tin điện tử tỉnh Cao Bằng");
    }

    @Test
    void theOrganisationTreeHasAnyDepthAndKnowsItsBranches() {
        OrgUnit committee = directory.getOrgUnit("ubnd-tinh");
        OrgUnit legalEducation = directory.getOrgUnit("phong-pho-bien-phap-luat");

        assertThat(legalEducation.getDepth()).isEqualTo(3);
        assertThat(legalEducation.isWithin(committee)).isTrue();
        assertThat(em.createNamedQuery(OrgUnit.BRANCH, OrgUnit.class)
                        .setParameter("prefix", committee.getPath() + "%")
                        .getResultList())
                .extracting(OrgUnit::getCode)
                .contains("ubnd-tinh", "so-tu-phap", "phong-pho-bien-phap-luat", "trung-tam-thong-tin")
                .doesNotContain("hdnd-tinh", "xa-dam-thuy");
    }

    @Test
    void seedingAgainAddsNothing() {
        long units = count("OrgUnit");
        long categories = count("Category");
        long sites = count("Site");
        long accounts = count("UserAccount");

        structure.apply();
        administrator.ensure();
        DemoDataset siteDemo = demoDatasets.stream()
                .filter(dataset -> dataset.key().startsWith("demo.sites"))
                .findFirst()
                .orElseThrow();
        boolean demoLoadedAgain = demoRunner.loadOnce(siteDemo);

        assertThat(demoLoadedAgain).isFalse();
        assertThat(count("OrgUnit")).isEqualTo(units);
        assertThat(count("Category")).isEqualTo(categories);
        assertThat(count("Site")).isEqualTo(sites);
        assertThat(count("UserAccount")).isEqualTo(accounts);
    }

    /**
     * Each feature declares its own top-level paths, and a seeded sub-portal cannot take one. The words
     * wave 1 kept by hand for features not built (search, e-services, reports) are free again.
     */
    @Test
    void theFeaturesTopLevelPathsAreReservedAndNoSubPortalTakesOne() {
        assertThat(Stream.of(
                        "admin",
                        "api",
                        "en",
                        "vi",
                        "health",
                        "openapi",
                        "metrics",
                        "login",
                        "logout",
                        "resources",
                        "jakarta.faces.resource",
                        "javax.faces.resource",
                        "feed",
                        "media",
                        "error",
                        "chuyen-muc",
                        "tin",
                        "van-ban",
                        "cong-bao",
                        "lich",
                        "hoi-dap",
                        "lay-y-kien",
                        "thu-tuc-hanh-chinh",
                        "to-chuc",
                        "lanh-dao",
                        "lien-he",
                        "thong-ke",
                        "hien-thi"))
                .allMatch(addresses::isReserved);
        assertThat(Stream.of("dich-vu-cong", "tra-cuu", "bao-cao", "static")).allMatch(addresses::isFreeForSubPortal);
        assertThat(addresses.isFreeForSubPortal("so-tu-phap")).isTrue();
        assertThat(addresses.isFreeForSubPortal("van-ban")).isFalse();
        assertThat(addresses.isFreeForSubPortal("Dấu")).isFalse();
        StructureData.SiteData taken =
                new StructureData.SiteData("van-ban", "DEPARTMENT", "so-tu-phap", null, null, null, List.of());
        assertThatThrownBy(() -> structure.addSite(taken)).hasMessageContaining("reserved path /van-ban");
    }

    private long count(String entity) {
        return em.createQuery("select count(e) from " + entity + " e", Long.class)
                .getSingleResult();
    }
}
