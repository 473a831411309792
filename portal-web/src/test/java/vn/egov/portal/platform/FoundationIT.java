package vn.egov.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.egov.portal.test.PortalDeployment;
import vn.egov.portal.test.client.WebClient;

/** What a visitor, an official and an integrator meet first: pages, log-in, health, API, OpenAPI. */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

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
    void homePageIsVietnameseWithTheProvincePortalName() {
        HttpResponse<String> home = web.get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body())
                .contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\"")
                .contains("Cổng Thông tin điện tử tỉnh Cao Bằng")
                .contains("Chuyên mục thông tin")
                .contains("Văn bản quy phạm pháp luật và Công báo");
    }

    @Test
    void englishVersionLivesUnderEn() {
        HttpResponse<String> home = web.get("/en/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body())
                .contains("lang=\"en\"")
                .contains("<title>Cao Bang Portal</title>")
                .contains("Legal documents and e-Gazette")
                .contains("hreflang=\"vi\"");
        assertThat(web.get("/en").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/en/"));
    }

    @Test
    void homePageHasLandmarksSkipLinkAndAltTexts() {
        String html = web.get("/").body();

        assertThat(html.indexOf("class=\"skip-link\" href=\"#main\"")).isLessThan(html.indexOf("<header"));
        assertThat(html).contains("<main id=\"main\"", "<header", "<footer", "<nav class=\"main-nav\" aria-label=");
        Matcher images = Pattern.compile("<img[^>]*>").matcher(html);
        while (images.find()) {
            assertThat(images.group()).as("every image has an alt text").containsPattern("alt=\"[^\"]+\"");
        }
    }

    @Test
    void publicPagesCarrySecurityHeaders() {
        HttpResponse<String> home = web.get("/");

        assertThat(home.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("frame-ancestors 'none'")
                .contains("script-src 'self'")
                .doesNotContain("unsafe-inline' 'unsafe-eval"));
        assertThat(home.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(home.headers().firstValue("Set-Cookie"))
                .as("anonymous pages open no session")
                .isEmpty();
    }

    @Test
    void unknownPageGivesAFriendly404() {
        HttpResponse<String> missing = web.get("/khong-co-trang-nay.xhtml");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Không tìm thấy trang bạn yêu cầu.");
    }

    @Test
    void healthIsUpWithTheDatabaseCheck() {
        HttpResponse<String> health = web.get("/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"name\":\"database\"");
    }

    @Test
    void openApiDescribesTheVersionedApi() {
        HttpResponse<String> openapi = web.get("/openapi");

        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/categories", "/api/v1/sites", "/api/v1/org-units", "/api/v1/me");
    }

    @Test
    void apiListsTheFourteenCategoriesInBothLanguages() {
        HttpResponse<String> categories = web.get("/api/v1/categories");

        assertThat(categories.statusCode()).isEqualTo(200);
        assertThat(categories.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(c -> assertThat(c).contains("max-age"));
        assertThat(Pattern.compile("\"clause\":")
                        .matcher(categories.body())
                        .results()
                        .count())
                .isEqualTo(14);
        assertThat(categories.body()).contains("\"vi\":\"Thông tin thống kê\"", "\"en\":\"Statistics\"");
    }

    @Test
    void apiShowsTheMainPortalTheDemoSubPortalsAndTheOrgTree() {
        assertThat(web.get("/api/v1/sites").body())
                .contains(
                        "\"slug\":\"tinh\"",
                        "\"kind\":\"MAIN\"",
                        "\"slug\":\"so-tu-phap\"",
                        "\"slug\":\"xa-dam-thuy\"");
        assertThat(web.get("/api/v1/org-units/so-tu-phap").body())
                .contains("\"parent\":\"ubnd-tinh\"", "\"depth\":2", "Sở Tư pháp");
    }

    @Test
    void unknownRecordsAnswer404WithAProblem() {
        HttpResponse<String> missing = web.get("/api/v1/sites/khong-co");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(missing.body()).contains("\"status\":404");
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameGenericAnswer() {
        HttpResponse<String> wrongPassword = web.login("admin", "not-the-password-1");
        HttpResponse<String> unknownUser = new WebClient(web.resolve("/")).login("khong-ton-tai", "not-the-password-1");

        assertThat(wrongPassword.statusCode()).isEqualTo(200);
        assertThat(unknownUser.statusCode()).isEqualTo(200);
        assertThat(wrongPassword.body()).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
        assertThat(errorsOf(unknownUser.body())).isEqualTo(errorsOf(wrongPassword.body()));
    }

    @Test
    void administratorLogsInSeesTheMenuOfTheRoleAndLogsOut() {
        assertThat(web.get("/admin/index.xhtml").statusCode())
                .as("console needs a log-in")
                .isEqualTo(302);

        HttpResponse<String> login = web.login("admin", PortalDeployment.adminPassword());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(c -> assertThat(c).contains("HttpOnly").containsIgnoringCase("SameSite=lax"));

        HttpResponse<String> console = web.get("/admin/index.xhtml");
        assertThat(console.statusCode()).isEqualTo(200);
        assertThat(console.body()).contains("Xin chào, admin", "Người dùng và phân quyền", "Nhật ký hệ thống");

        HttpResponse<String> logout = web.submit("/admin/index.xhtml", java.util.Map.of("session:logout", "x"));
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(web.get("/admin/index.xhtml").statusCode()).as("logged out").isEqualTo(302);
    }

    @Test
    void apiTakesBasicCredentialsAndAsksForThemWhenMissing() {
        HttpResponse<String> me = web.get("/api/v1/me", "admin", PortalDeployment.adminPassword());
        HttpResponse<String> anonymous = web.get("/api/v1/me");
        HttpResponse<String> wrong = web.get("/api/v1/me", "admin", "wrong-password-123");

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"admin\"", "\"role\":\"sysadmin\"");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
        assertThat(wrong.statusCode()).isEqualTo(401);
    }

    private static String errorsOf(String html) {
        Matcher errors = Pattern.compile("<ul[^>]*form-errors[^>]*>(.*?)</ul>", Pattern.DOTALL)
                .matcher(html);
        return errors.find() ? errors.group(1).strip() : "";
    }
}
