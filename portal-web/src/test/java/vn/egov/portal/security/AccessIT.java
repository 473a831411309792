package vn.egov.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.audit.entity.AuditEvent;
import vn.egov.portal.guard.web.SearchRateLimit;
import vn.egov.portal.security.boundary.NewAccount;
import vn.egov.portal.security.boundary.UserAdministration;
import vn.egov.portal.security.entity.Role;
import vn.egov.portal.security.entity.RoleGrant;
import vn.egov.portal.site.boundary.SiteDirectory;
import vn.egov.portal.test.PortalDeployment;
import vn.egov.portal.test.client.WebClient;
import vn.egov.portal.test.container.AsAdministrator;

/**
 * Who gets in, over HTTP, as a browser or an integrator meets it: log-in and its sessions, revoked
 * access, console pages behind forwards, the trusted-proxy address, lock-outs, and what may be kept
 * by caches. Runs inside the container so a test can change an account or a setting between two
 * requests.
 */
@ExtendWith(ArquillianExtension.class)
class AccessIT {

    private static final String TRUSTED_PROXIES = "portal.trusted-proxies";
    private static final String MAX_LIFETIME = "portal.session.max-lifetime";
    /** In the container, the first administrator's password is one of its start options. */
    private static final String ADMIN_PASSWORD = System.getProperty("portal.admin.password");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portal().addClass(WebClient.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    UserAdministration administration;

    @Inject
    AuditTrail audit;

    @Inject
    SiteDirectory directory;

    @Inject
    AsAdministrator admin;

    WebClient web;

    @BeforeEach
    void newVisitor() throws Exception {
        web = new WebClient(base.toURI());
    }

    @AfterEach
    void defaultSettings() {
        System.clearProperty(TRUSTED_PROXIES);
        System.clearProperty(MAX_LIFETIME);
    }

    /**
     * Issue 15: a free-text search renders every time, so one address gets a small 429 in its
     * language past the limit, before anything renders; browsing without a search is not counted.
     */
    @Test
    void searchesPastTheLimitPerAddressGetACheap429InTheReadersLanguage() {
        System.setProperty(SearchRateLimit.SETTING, "3");
        try {
            for (int i = 0; i < 3; i++) {
                assertThat(web.get("/van-ban/?q=quyet+dinh+" + i).statusCode()).isEqualTo(200);
            }
            HttpResponse<String> refused = web.get("/van-ban/?q=quyet+dinh+4");
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After"))
                    .hasValueSatisfying(s -> assertThat(Integer.parseInt(s)).isBetween(1, 60));
            assertThat(refused.headers().firstValue("Cache-Control")).contains("no-store");
            assertThat(refused.body())
                    .contains("lang=\"vi\"", "Bạn tìm kiếm quá nhanh")
                    .doesNotContain("Exception");
            assertThat(web.get("/en/hoi-dap/?q=birth").body()).contains("lang=\"en\"", "Too many searches");
            assertThat(web.get("/van-ban/?trang=1").statusCode())
                    .as("a list without a search")
                    .isEqualTo(200);
            assertThat(web.get("/hoi-dap/?q=").statusCode())
                    .as("an empty search")
                    .isEqualTo(200);
        } finally {
            System.clearProperty(SearchRateLimit.SETTING);
        }
    }

    @Test
    void theLogInPageAndFailedAttemptsLeaveNoSessionBehind() {
        HttpResponse<String> form = web.get("login.xhtml");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.headers().allValues("Set-Cookie")).as("log-in page").isEmpty();

        HttpResponse<String> failed = web.login("admin", "not-the-password-1");
        assertThat(failed.body()).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
        assertThat(failed.headers().allValues("Set-Cookie"))
                .as("failed attempt")
                .isEmpty();

        assertThat(web.get("admin/").headers().allValues("Set-Cookie"))
                .as("console asks for a log-in")
                .isEmpty();
        assertThat(web.get("en/admin/lanh-dao/leaders.xhtml").headers().allValues("Set-Cookie"))
                .isEmpty();
    }

    @Test
    void afterAFailedLogInTheConsoleAsksForALogInAgain() {
        web.login("admin", "not-the-password-1");

        HttpResponse<String> console = web.get("admin/");

        assertThat(console.statusCode()).isEqualTo(302);
        assertThat(location(console)).endsWith("/login.xhtml");
        assertThat(web.get("login.xhtml").body()).contains("id=\"login:username\"");
        assertThat(web.login("admin", ADMIN_PASSWORD).statusCode()).isEqualTo(302);
        assertThat(web.get("admin/index.xhtml").body()).contains("Xin chào, admin");
    }

    @Test
    void anAjaxClickAfterTheSessionEndedIsSentToTheLogIn() {
        HttpResponse<String> click = web.send(HttpRequest.newBuilder(web.resolve("admin/index.xhtml"))
                .header("Faces-Request", "partial/ajax")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.partial.ajax=true"))
                .build());

        assertThat(click.statusCode()).isEqualTo(200);
        assertThat(click.body()).contains("<partial-response><redirect url=\"/login.xhtml\"/>");
    }

    @Test
    void aLogInPostedFromAnotherSiteIsRefused() {
        String form = "login=login&login%3Ausername=admin&login%3Apassword="
                + URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8)
                + "&login%3Asubmit=x&jakarta.faces.ViewState=stateless";
        HttpResponse<String> forged = web.send(HttpRequest.newBuilder(web.resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());

        assertThat(forged.body()).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
        assertThat(forged.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void loggingOutSaysSoAndEndsTheSession() {
        web.login("admin", ADMIN_PASSWORD);

        HttpResponse<String> logout = web.submit("admin/index.xhtml", Map.of("session:logout", "x"));

        assertThat(location(logout)).contains("/login.xhtml");
        assertThat(web.get(location(logout)).body()).contains("Bạn đã đăng xuất.");
        assertThat(status("admin/index.xhtml")).isEqualTo(302);
    }

    @Test
    void basicCredentialsOnTheApiLeaveNoSession() {
        HttpResponse<String> me = web.get("api/v1/me", "admin", ADMIN_PASSWORD);
        HttpResponse<String> jobs = web.get("api/v1/batch/jobs", "admin", ADMIN_PASSWORD);

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(jobs.statusCode()).isEqualTo(200);
        assertThat(me.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(jobs.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void anonymousCallsToOfficialsEndpointsAreAskedForCredentials() throws Exception {
        HttpResponse<String> desk = web.get("api/v1/qa-desk/questions");
        HttpResponse<String> registers = web.get("api/v1/qa-desk/delegations");

        for (HttpResponse<String> anonymous : List.of(desk, registers)) {
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
                    .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic realm="));
            assertThat(anonymous.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
        account("api-collab", "Cộng tác viên API 2026", Role.COLLABORATOR);
        assertThat(web.get("api/v1/qa-desk/questions", "api-collab", "Cộng tác viên API 2026")
                        .statusCode())
                .as("logged in without the role")
                .isEqualTo(403);
    }

    @Test
    void consolePagesAreNeverServedThroughTheLanguageOrSubPortalForwards() throws Exception {
        HttpResponse<String> english = web.get("en/admin/lanh-dao/leaders.xhtml");
        assertThat(english.statusCode()).isEqualTo(302);
        assertThat(location(english)).endsWith("/admin/lanh-dao/leaders.xhtml");
        for (String path : List.of(
                "so-tu-phap/admin/index.xhtml",
                "en/so-tu-phap/admin/index.xhtml",
                "en/WEB-INF/web.xml",
                "en//WEB-INF/web.xml",
                "en/./WEB-INF/web.xml",
                "so-tu-phap/WEB-INF/web.xml",
                "en/META-INF/MANIFEST.MF")) {
            HttpResponse<String> forwarded = web.get(path);
            assertThat(forwarded.statusCode()).as(path).isEqualTo(404);
            assertThat(forwarded.body()).as(path).doesNotContain("<web-app", "<h:form", "Manifest-Version");
        }

        logIn("forward-collab", "Cộng tác viên chuyển tiếp 2026", Role.COLLABORATOR);
        assertThat(status("admin/lanh-dao/leaders.xhtml")).isEqualTo(403);
        assertThat(location(web.get("en/admin/lanh-dao/leaders.xhtml"))).endsWith("/admin/lanh-dao/leaders.xhtml");
        assertThat(status("so-tu-phap/admin/lanh-dao/leaders.xhtml")).isEqualTo(404);
    }

    /** Console addresses are admin/{feature}/...: an official's bookmark of an old one still lands. */
    @Test
    void oldConsoleAddressesMovedForGoodIntoTheirFeaturesFolder() throws Exception {
        HttpResponse<String> anonymous = web.get("admin/legal-files.xhtml?id=5");
        assertThat(anonymous.statusCode())
                .as("the console asks for a log-in first")
                .isEqualTo(302);
        assertThat(location(anonymous)).endsWith("/login.xhtml");

        logIn("moved-secretary", "Thư ký đổi địa chỉ 2026", Role.SECRETARY);
        HttpResponse<String> files = web.get("admin/legal-files.xhtml?id=5");
        assertThat(files.statusCode()).isEqualTo(301);
        assertThat(location(files)).endsWith("/admin/van-ban/files.xhtml?id=5");
        HttpResponse<String> leaders = web.get("admin/noi-dung/leaders.xhtml");
        assertThat(leaders.statusCode()).isEqualTo(301);
        assertThat(location(leaders)).endsWith("/admin/lanh-dao/leaders.xhtml");
        assertThat(location(web.get("admin/batch.xhtml"))).endsWith("/admin/tac-vu/jobs.xhtml");
        assertThat(status("admin/lanh-dao/leaders.xhtml")).isEqualTo(200);
        assertThat(status("admin/van-ban/documents.xhtml")).isEqualTo(200);
        assertThat(status("admin/cong-bao/issues.xhtml")).isEqualTo(200);
        assertThat(status("admin/tai-khoan/profile.xhtml")).isEqualTo(200);
        assertThat(status("admin/tac-vu/jobs.xhtml"))
                .as("the operators' folder")
                .isEqualTo(403);
        assertThat(status("admin/nguoi-dung/accounts.xhtml"))
                .as("the administrator's folder")
                .isEqualTo(403);

        web = new WebClient(base.toURI());
        logIn("moved-collab", "Cộng tác viên đổi địa chỉ 2026", Role.COLLABORATOR);
        assertThat(location(web.get("admin/legal-files.xhtml?id=5"))).endsWith("/admin/van-ban/files.xhtml?id=5");
        assertThat(status("admin/van-ban/files.xhtml?id=5"))
                .as("a page without a menu entry, guarded by its folder")
                .isEqualTo(403);
        assertThat(status("admin/nhuan-but/royalties.xhtml")).isEqualTo(403);
        assertThat(status("admin/tai-khoan/profile.xhtml")).isEqualTo(200);
    }

    @Test
    void aDisabledAccountsSessionEndsAtItsNextRequest() throws Exception {
        logIn("leaving-operator", "Vận hành nghỉ việc 2026", Role.BATCH_OPERATOR);
        assertThat(status("admin/tac-vu/jobs.xhtml")).isEqualTo(200);

        admin.call(() -> administration.setEnabled("leaving-operator", false));

        HttpResponse<String> after = web.get("admin/tac-vu/jobs.xhtml");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(location(after)).endsWith("/login.xhtml");
        admin.call(() -> administration.setEnabled("leaving-operator", true));
        assertThat(status("admin/tac-vu/jobs.xhtml"))
                .as("the ended session stays ended")
                .isEqualTo(302);
    }

    @Test
    void aRemovedRoleIsGoneAtTheNextRequest() throws Exception {
        account("two-roles", "Hai vai trò 2026", Role.SECRETARY);
        admin.call(() -> administration.grant(
                "two-roles", Role.COLLABORATOR, directory.getMainSite().getId(), null));
        web.login("two-roles", "Hai vai trò 2026");
        assertThat(status("admin/lanh-dao/leaders.xhtml")).isEqualTo(200);

        admin.call(() -> {
            RoleGrant secretary = administration.getAccount("two-roles").getGrants().stream()
                    .filter(grant -> grant.getRole() == Role.SECRETARY)
                    .findFirst()
                    .orElseThrow();
            return administration.revoke("two-roles", secretary.getId());
        });

        assertThat(status("admin/lanh-dao/leaders.xhtml")).isEqualTo(403);
        assertThat(status("admin/noi-dung/articles.xhtml"))
                .as("the role that is left")
                .isEqualTo(200);
    }

    @Test
    void aPasswordResetEndsTheSessionsOpenedBeforeIt() throws Exception {
        logIn("reset-me", "Đặt lại mật khẩu 2026", Role.BATCH_OPERATOR);
        assertThat(status("admin/tac-vu/jobs.xhtml")).isEqualTo(200);

        admin.run(() -> administration.resetPassword("reset-me", "Mật khẩu mới hẳn 2026"));

        assertThat(status("admin/tac-vu/jobs.xhtml")).isEqualTo(302);
    }

    @Test
    void aSessionEndsAfterItsAbsoluteLifetimeEvenWhenBusy() throws Exception {
        account("long-day", "Làm việc cả ngày 2026", Role.BATCH_OPERATOR);
        System.setProperty(MAX_LIFETIME, "PT3S");
        web.login("long-day", "Làm việc cả ngày 2026");
        for (int i = 0; i < 3; i++) {
            assertThat(status("admin/tac-vu/jobs.xhtml")).isEqualTo(200);
            Thread.sleep(500);
        }

        Thread.sleep(2_000);

        assertThat(status("admin/tac-vu/jobs.xhtml")).isEqualTo(302);
    }

    @Test
    void forwardedAddressesCountOnlyFromTrustedProxies() throws Exception {
        account("spoofed-place", "Địa chỉ giả mạo 2026", Role.BATCH_OPERATOR);
        assertThat(me("spoofed-place", "Địa chỉ giả mạo 2026", "198.51.100.7")).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(me("spoofed-place", "sai mật khẩu " + i, "203.0.113." + i))
                    .isEqualTo(401);
        }
        assertThat(me("spoofed-place", "Địa chỉ giả mạo 2026", "203.0.113.99"))
                .as("an untrusted X-Forwarded-For does not escape the lock of this address")
                .isEqualTo(401);

        trustTheProxyOnThisMachine();
        account("owner-abroad", "Chủ tài khoản 2026", Role.BATCH_OPERATOR);
        assertThat(me("owner-abroad", "Chủ tài khoản 2026", "198.51.100.7")).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(me("owner-abroad", "đoán mò " + i, "203.0.113.9")).isEqualTo(401);
        }
        assertThat(me("owner-abroad", "Chủ tài khoản 2026", "203.0.113.9"))
                .as("the guessing address")
                .isEqualTo(401);
        assertThat(me("owner-abroad", "Chủ tài khoản 2026", "203.0.113.10"))
                .as("another unfamiliar address")
                .isEqualTo(401);
        assertThat(me("owner-abroad", "Chủ tài khoản 2026", "198.51.100.7"))
                .as("the owner from a place they logged in from before")
                .isEqualTo(200);
        String accountId = "account "
                + admin.call(() -> administration.getAccount("owner-abroad").getId());
        assertThat(admin.call(() -> audit.listByAction("login.lockout", 50)))
                .extracting(AuditEvent::getTarget)
                .contains(accountId);
    }

    @Test
    void hstsIsSentBehindATrustedTlsProxyOnly() throws Exception {
        HttpRequest overTls = HttpRequest.newBuilder(web.resolve("/"))
                .header("X-Forwarded-Proto", "https")
                .build();

        assertThat(web.send(overTls).headers().firstValue("Strict-Transport-Security"))
                .as("anyone can send the header")
                .isEmpty();
        trustTheProxyOnThisMachine();
        assertThat(web.send(overTls).headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).startsWith("max-age=31536000"));
        assertThat(web.get("/").headers().firstValue("Strict-Transport-Security"))
                .as("plain HTTP through the proxy")
                .isEmpty();
    }

    @Test
    void answersMeantForOnePersonAreNeverStored() throws Exception {
        account("board-cache", "Thư ký tòa soạn 2026", Role.SECRETARY);
        String queue = web.get(
                        "api/v1/qa-desk/questions?state=RECEIVED,ROUTED,ANSWERED,PUBLISHED",
                        "board-cache",
                        "Thư ký tòa soạn 2026")
                .body();
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(queue);
        assertThat(id.find()).as("a demo question in " + queue).isTrue();
        HttpResponse<String> asker =
                web.get("api/v1/qa-desk/questions/" + id.group(1) + "/asker", "board-cache", "Thư ký tòa soạn 2026");
        assertThat(asker.statusCode()).isEqualTo(200);
        assertThat(cacheControl(asker)).contains("no-store");
        assertThat(cacheControl(web.get("login.xhtml"))).contains("no-store");
        assertThat(cacheControl(
                        web.submit("hoi-dap/tra-cuu.xhtml", Map.of("track:code", "HD-0000-0000", "track:lookup", "x"))))
                .as("a tracking look-up")
                .contains("no-store");
        web.login("board-cache", "Thư ký tòa soạn 2026");
        assertThat(cacheControl(web.get("admin/index.xhtml"))).contains("no-store");

        WebClient reader = new WebClient(base.toURI());
        assertThat(cacheControl(reader.get("/"))).contains("s-maxage").doesNotContain("no-store");
        assertThat(cacheControl(reader.get("api/v1/categories")))
                .contains("max-age")
                .doesNotContain("no-store");
        assertThat(cacheControl(reader.get("resources/portal/img/logo.svg"))).doesNotContain("no-store");
    }

    @Test
    void metricsAndTheGeneratedWadlAreNotPublic() {
        assertThat(status("metrics")).isIn(401, 403, 404);
        assertThat(web.get("metrics").body()).doesNotContain("# TYPE");
        assertThat(status("api/application.wadl")).isEqualTo(404);
    }

    /** The test's own requests come from the address the container's URL names (not always loopback). */
    private void trustTheProxyOnThisMachine() throws Exception {
        String addresses = Arrays.stream(InetAddress.getAllByName(base.getHost()))
                .map(InetAddress::getHostAddress)
                .filter(address -> !address.contains("%"))
                .collect(Collectors.joining(", "));
        System.setProperty(TRUSTED_PROXIES, "127.0.0.1, ::1, " + addresses);
    }

    private int me(String username, String password, String forwardedFor) {
        return web.send(HttpRequest.newBuilder(web.resolve("api/v1/me"))
                        .header("Authorization", WebClient.basic(username, password))
                        .header("X-Forwarded-For", forwardedFor)
                        .build())
                .statusCode();
    }

    private void logIn(String username, String password, Role role) throws Exception {
        account(username, password, role);
        assertThat(web.login(username, password).statusCode()).isEqualTo(302);
    }

    private void account(String username, String password, Role role) throws Exception {
        admin.call(() -> {
            administration.createAccount(new NewAccount(username, username, null, password));
            Long site =
                    role.scope() == Role.Scope.SITE ? directory.getMainSite().getId() : null;
            return administration.grant(username, role, site, null);
        });
    }

    private int status(String path) {
        return web.get(path).statusCode();
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private static String cacheControl(HttpResponse<String> response) {
        Optional<String> header = response.headers().firstValue("Cache-Control");
        return header.orElse("");
    }
}
