package vn.egov.portal.eservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.egov.portal.test.PortalDeployment;
import vn.egov.portal.test.client.WebClient;

/** E-services over HTTP on the real stack: the procedure catalogue of the demo province through the API. */
@ExtendWith(ArquillianExtension.class)
class EserviceIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @ArquillianResource
    URL base;

    WebClient web;

    @BeforeEach
    void newVisitor() throws Exception {
        web = new WebClient(base.toURI());
    }

    @Test
    void theCatalogueIsSearchedWithoutAccentsAndFilteredByLevelAndAgency() {
        String all = web.get("/api/v1/procedures?size=100").body();
        assertThat(all).contains("\"totalItems\":21", "\"page\":1");

        HttpResponse<String> birth = web.get("/api/v1/procedures?q=" + encode("dang ky khai sinh"));
        assertThat(birth.statusCode()).isEqualTo(200);
        assertThat(birth.body())
                .contains("\"totalItems\":1", "1.001193.000.00.00.H12", "Đăng ký khai sinh")
                .doesNotContain("Đăng ký kết hôn");

        String communes = web.get("/api/v1/procedures?level=COMMUNE&onlineLevel=FULL&size=100")
                .body();
        assertThat(communes)
                .contains("Đăng ký khai sinh", "Đăng ký thành lập hộ kinh doanh")
                .doesNotContain("Cấp Phiếu lý lịch tư pháp", "Đăng ký kết hôn");

        String justice = web.get("/api/v1/procedures?agency=so-tu-phap").body();
        assertThat(justice).contains("\"totalItems\":1", "Cấp Phiếu lý lịch tư pháp", "\"feeVnd\":200000");
    }

    @Test
    void oneProcedureIsReadByItsCodeAsTyped() {
        HttpResponse<String> found = web.get("/api/v1/procedures/" + encode(" 2.000488.000.00.00.h12"));
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body())
                .contains(
                        "\"code\":\"2.000488.000.00.00.H12\"",
                        "\"processingWorkingDays\":10",
                        "\"onlineLevel\":\"FULL\"",
                        "Tờ khai theo mẫu",
                        "\"required\":false",
                        "Luật Lý lịch tư pháp");

        assertThat(web.get("/api/v1/procedures/9.999999").statusCode()).isEqualTo(404);
        HttpResponse<String> unreadable = web.get("/api/v1/procedures/not-a-code");
        assertThat(unreadable.statusCode()).isEqualTo(404);
        assertThat(unreadable.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void aBadFilterIsA400NamingTheField() {
        HttpResponse<String> bad = web.get("/api/v1/procedures?level=TINH");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("level");
        assertThat(web.get("/api/v1/procedures?size=1000").statusCode()).isEqualTo(400);
    }

    @Test
    void thePublicCatalogueFiltersAndShowsOneProcedureAtItsCode() {
        HttpResponse<String> list = web.get("/thu-tuc-hanh-chinh/?q=" + encode("ly lich tu phap"));
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body())
                .contains("Tìm thấy 1 thủ tục", "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam")
                .doesNotContain("Đăng ký khai sinh");
        assertThat(web.get("/thu-tuc-hanh-chinh/?cap=COMMUNE&muc-do=FULL").body())
                .contains("Đăng ký khai sinh")
                .doesNotContain("Cấp Phiếu lý lịch tư pháp", "Đăng ký kết hôn");

        HttpResponse<String> page = web.get("/thu-tuc-hanh-chinh/2.000488.000.00.00.H12");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("10 ngày làm việc", "200.000 đồng", "Bản chụp căn cước công dân", "Sở Tư pháp")
                .contains("Toàn trình");
        assertThat(web.get("/en/thu-tuc-hanh-chinh/2.000488.000.00.00.H12").body())
                .contains("10 working days", "Fully online");
        assertThat(web.get("/thu-tuc-hanh-chinh/9.999999").statusCode()).isEqualTo(404);
        assertThat(web.get("/").body()).contains("/thu-tuc-hanh-chinh/");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
