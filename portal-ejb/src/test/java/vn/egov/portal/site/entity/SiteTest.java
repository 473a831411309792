package vn.egov.portal.site.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.egov.portal.platform.address.control.Slug;
import vn.egov.portal.platform.entity.LocalizedText;

class SiteTest {

    private static final LocalizedText NAME = LocalizedText.of("Sở Tư pháp", "Department of Justice");

    @Test
    void theMainPortalLivesAtTheRootAndSubPortalsUnderTheirSlug() {
        assertThat(new Site(new Slug("tinh"), SiteKind.MAIN, NAME, null).getPathPrefix())
                .isEmpty();
        assertThat(new Site(new Slug("so-tu-phap"), SiteKind.DEPARTMENT, NAME, null).getPathPrefix())
                .isEqualTo("/so-tu-phap");
    }
}
