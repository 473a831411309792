package vn.egov.portal.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.audit.entity.AuditEvent;
import vn.egov.portal.content.boundary.ArticleWorkflow;
import vn.egov.portal.content.control.WorkflowAction;
import vn.egov.portal.integration.boundary.ApiTokens;
import vn.egov.portal.integration.boundary.IssuedToken;
import vn.egov.portal.integration.boundary.NewApiToken;
import vn.egov.portal.integration.entity.ApiScope;
import vn.egov.portal.integration.rest.ApiRateLimit;
import vn.egov.portal.platform.cache.boundary.PublicContentVersion;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.test.PortalDeployment;
import vn.egov.portal.test.client.WebClient;
import vn.egov.portal.test.container.AsAdministrator;
import vn.egov.portal.test.container.AsEditorInChief;

/**
 * Integrators' tokens through the real stack (issue 13 part 2): issued by the administrator and
 * audited, recognised as Bearer credentials with their scopes, refused with 401 once wrong, expired
 * or revoked and with 403 outside their scope; a submitting token pushes an article into its site's
 * review queue, where it stays unpublished until the board approves it.
 */
@ExtendWith(ArquillianExtension.class)
class ApiTokenIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @ArquillianResource
    URL base;

    @Inject
    ApiTokens tokens;

    @Inject
    AuditTrail audit;

    @Inject
    AsAdministrator admin;

    @Inject
    AsEditorInChief chief;

    @Inject
    ArticleWorkflow workflow;

    @Inject
    PublicContentVersion publicContent;

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    private WebClient web;

    @BeforeEach
    void client() throws Exception {
        web = new WebClient(base.toURI());
    }

    @Test
    void aTokenOpensTheApiForItsScopesOnlyAndIsAudited() throws Exception {
        IssuedToken reader = issue("Cổng dịch vụ công", Set.of(ApiScope.READ), null);
        IssuedToken operator = issue("Hệ thống giám sát", EnumSet.of(ApiScope.READ, ApiScope.OPERATOR), null);

        assertThat(reader.secret()).startsWith("egp_");
        assertThat(call("GET", "api/v1/sites", reader.secret(), null).statusCode())
                .isEqualTo(200);
        HttpResponse<String> refused = call("GET", "api/v1/batch/jobs", reader.secret(), null);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(call("GET", "api/v1/batch/jobs", operator.secret(), null).statusCode())
                .isEqualTo(200);

        assertThat(admin.call(() -> audit.listByAction("api-token.issue", 20)))
                .extracting(AuditEvent::getTarget)
                .contains(
                        "api-token " + reader.token().getId(),
                        "api-token " + operator.token().getId());
        assertThat(admin.call(() -> audit.listByAction("api-token.issue", 20)))
                .extracting(AuditEvent::getDetail)
                .noneMatch(detail -> detail.contains(reader.secret()));
    }

    @Test
    void wrongExpiredAndRevokedTokensGet401WithAProblem() throws Exception {
        for (String wrong : new String[] {"egp_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "not-a-token", ""}) {
            HttpResponse<String> answer = call("GET", "api/v1/batch/jobs", wrong, null);
            assertThat(answer.statusCode()).as(wrong).isEqualTo(401);
            assertThat(answer.headers().firstValue("WWW-Authenticate"))
                    .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer"));
            assertThat(problem(answer).getInt("status")).isEqualTo(401);
        }

        IssuedToken revoked = issue("Hệ thống cũ", Set.of(ApiScope.READ), null);
        assertThat(call("GET", "api/v1/sites", revoked.secret(), null).statusCode())
                .isEqualTo(200);
        admin.call(() -> tokens.revoke(revoked.token().getId()));
        assertThat(call("GET", "api/v1/sites", revoked.secret(), null).statusCode())
                .isEqualTo(401);
        assertThat(admin.call(() -> audit.listByAction("api-token.revoke", 20)))
                .extracting(AuditEvent::getTarget)
                .contains("api-token " + revoked.token().getId());

        IssuedToken expired = issue("Hệ thống hết hạn", Set.of(ApiScope.READ), null);
        assertThat(call("GET", "api/v1/sites", expired.secret(), null).statusCode())
                .isEqualTo(200);
        try (Connection connection = database.getConnection();
                PreparedStatement update =
                        connection.prepareStatement("UPDATE api_token SET expiresat = ? WHERE id = ?")) {
            update.setTimestamp(1, Timestamp.from(Instant.now().minus(java.time.Duration.ofDays(2))));
            update.setLong(2, expired.token().getId());
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        assertThat(call("GET", "api/v1/sites", expired.secret(), null).statusCode())
                .isEqualTo(401);
    }

    @Test
    void anIssueWithoutNameOrWithASubmitScopeButNoSiteNamesTheFields() {
        assertThatThrownBy(() -> admin.call(() -> tokens.issue(new NewApiToken(" ", Set.of(), null, 0))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsKeys("integrator", "scopes", "validDays"));
        assertThatThrownBy(
                        () -> admin.call(() -> tokens.issue(new NewApiToken("X", Set.of(ApiScope.SUBMIT), null, 30))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsKey("site"));
    }

    @Test
    void aSubmittedArticleWaitsInItsSitesQueueUntilTheBoardPublishesIt() throws Exception {
        IssuedToken submitter = issue("Phần mềm một cửa Sở Tư pháp", Set.of(ApiScope.SUBMIT), "so-tu-phap");
        IssuedToken reader = issue("Chỉ đọc", Set.of(ApiScope.READ), null);
        String article = Json.createObjectBuilder()
                .add("site", "so-tu-phap")
                .add("category", "tin-tuc-su-kien")
                .add("title", "Hội nghị triển khai công tác tư pháp năm 2027")
                .add("summary", "Sở Tư pháp triển khai nhiệm vụ năm 2027.")
                .add("body", "<p onclick=\"steal()\">Nội dung hội nghị.</p><script>alert(1)</script>")
                .build()
                .toString();

        HttpResponse<String> created = call("POST", "api/v1/articles", submitter.secret(), article);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject answer = Json.createReader(new StringReader(created.body())).readObject();
        assertThat(answer.getString("state")).isEqualTo("SUBMITTED");
        String location = created.headers().firstValue("Location").orElseThrow();
        long id = answer.getJsonNumber("id").longValue();
        assertThat(location).endsWith("/api/v1/articles/" + id);
        assertThat(web.get("api/v1/articles/" + id).statusCode())
                .as("not public before approval")
                .isEqualTo(404);

        String other = article.replace("\"so-tu-phap\"", "\"tinh\"");
        assertThat(call("POST", "api/v1/articles", submitter.secret(), other).statusCode())
                .isEqualTo(403);
        assertThat(call("POST", "api/v1/articles", reader.secret(), article).statusCode())
                .isEqualTo(403);
        assertThat(call("POST", "api/v1/articles", null, article).statusCode()).isEqualTo(401);
        HttpResponse<String> untitled =
                call("POST", "api/v1/articles", submitter.secret(), article.replace("\"title\"", "\"tieude\""));
        assertThat(untitled.statusCode()).isEqualTo(400);
        assertThat(untitled.body()).contains("title");
        HttpResponse<String> noCategory =
                call("POST", "api/v1/articles", submitter.secret(), article.replace("tin-tuc-su-kien", "khong-co"));
        assertThat(noCategory.statusCode()).isEqualTo(400);
        assertThat(noCategory.body()).contains("category");

        chief.call(() -> workflow.transition(id, WorkflowAction.START_REVIEW, null));
        chief.call(() -> workflow.transition(id, WorkflowAction.APPROVE, null));
        chief.call(() -> workflow.transition(id, WorkflowAction.PUBLISH, null));
        HttpResponse<String> published = web.get("api/v1/articles/" + id);
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(published.body()).contains("Nội dung hội nghị").doesNotContain("<script", "onclick");
    }

    @Test
    void publicReadsAnswer304WhileNothingPublicChanged() {
        HttpResponse<String> first = call("GET", "api/v1/sites", null, null);
        assertThat(first.statusCode()).isEqualTo(200);
        String tag = first.headers().firstValue("ETag").orElseThrow();
        String modified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(cache -> assertThat(cache).startsWith("public, max-age="));

        HttpResponse<String> again = web.send(HttpRequest.newBuilder(web.resolve("api/v1/sites"))
                .header("Accept-Language", "vi")
                .header("If-None-Match", tag)
                .build());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).contains(tag);
        HttpResponse<String> since = web.send(HttpRequest.newBuilder(web.resolve("api/v1/sites"))
                .header("Accept-Language", "vi")
                .header("If-Modified-Since", modified)
                .build());
        assertThat(since.statusCode()).isEqualTo(304);
        HttpResponse<String> otherPage = web.send(HttpRequest.newBuilder(web.resolve("api/v1/articles?size=5"))
                .header("Accept-Language", "vi")
                .header("If-None-Match", tag)
                .build());
        assertThat(otherPage.statusCode()).as("a tag names one address").isEqualTo(200);

        publicContent.changed();
        HttpResponse<String> changed = web.send(HttpRequest.newBuilder(web.resolve("api/v1/sites"))
                .header("Accept-Language", "vi")
                .header("If-None-Match", tag)
                .build());
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(tag));

        HttpResponse<String> missing = call("GET", "api/v1/articles/999999999", null, null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("ETag")).isEmpty();
    }

    @Test
    void everyFeaturesPublicReadsAreTaggedAndAnswer304() {
        for (String address : List.of(
                "api/v1/legal-documents",
                "api/v1/calendar/holidays?year=2026",
                "api/v1/calendar/add-working-days?from=2026-04-28&days=3",
                "api/v1/procedures",
                "api/v1/search?q=cao+bang",
                "api/v1/questions",
                "api/v1/org-units")) {
            HttpResponse<String> first = call("GET", address, null, null);
            assertThat(first.statusCode()).as(address).isEqualTo(200);
            assertThat(first.headers().firstValue("Cache-Control"))
                    .as(address)
                    .hasValueSatisfying(cache -> assertThat(cache).startsWith("public, max-age="));
            String tag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(address));

            HttpResponse<String> again = web.send(HttpRequest.newBuilder(web.resolve(address))
                    .header("Accept-Language", "vi")
                    .header("If-None-Match", tag)
                    .build());
            assertThat(again.statusCode()).as(address).isEqualTo(304);
        }
        HttpResponse<String> badYear = call("GET", "api/v1/calendar/holidays?year=abc", null, null);
        assertThat(badYear.statusCode()).isEqualTo(400);
        assertThat(badYear.headers().firstValue("ETag")).isEmpty();
    }

    @Test
    void callsPastTheLimitOfATokenOrAnAddressGet429WithRetryAfter() throws Exception {
        IssuedToken busy = issue("Hệ thống bận", Set.of(ApiScope.READ), null);
        IssuedToken calm = issue("Hệ thống khác", Set.of(ApiScope.READ), null);
        String perToken = System.getProperty(ApiRateLimit.PER_TOKEN);
        String perAddress = System.getProperty(ApiRateLimit.PER_ADDRESS);
        try {
            System.setProperty(ApiRateLimit.PER_TOKEN, "3");
            for (int i = 0; i < 3; i++) {
                assertThat(call("GET", "api/v1/sites", busy.secret(), null).statusCode())
                        .isEqualTo(200);
            }
            HttpResponse<String> limited = call("GET", "api/v1/sites", busy.secret(), null);
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.headers().firstValue("Retry-After"))
                    .hasValueSatisfying(
                            seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));
            assertThat(problem(limited).getInt("status")).isEqualTo(429);
            assertThat(call("GET", "api/v1/sites", calm.secret(), null).statusCode())
                    .as("another token has its own limit")
                    .isEqualTo(200);

            System.setProperty(ApiRateLimit.PER_ADDRESS, "2");
            assertThat(call("GET", "api/v1/sites", null, null).statusCode()).isEqualTo(200);
            assertThat(call("GET", "api/v1/sites", null, null).statusCode()).isEqualTo(200);
            HttpResponse<String> anonymous = call("GET", "api/v1/sites", null, null);
            assertThat(anonymous.statusCode()).isEqualTo(429);
            assertThat(anonymous.headers().firstValue("Retry-After")).isPresent();
        } finally {
            restore(ApiRateLimit.PER_TOKEN, perToken);
            restore(ApiRateLimit.PER_ADDRESS, perAddress);
        }
        assertThat(call("GET", "api/v1/sites", null, null).statusCode()).isEqualTo(200);
    }

    private static void restore(String setting, String value) {
        if (value == null) {
            System.clearProperty(setting);
        } else {
            System.setProperty(setting, value);
        }
    }

    private IssuedToken issue(String integrator, Set<ApiScope> scopes, String site) throws Exception {
        return admin.call(() -> tokens.issue(new NewApiToken(integrator, scopes, site, 30)));
    }

    private HttpResponse<String> call(String method, String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(web.resolve(path))
                .header("Accept", "application/json")
                .header("Accept-Language", "vi");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request.method(
                method,
                json == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, java.nio.charset.StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return web.send(request.build());
    }

    private static JsonObject problem(HttpResponse<String> answer) {
        return Json.createReader(new StringReader(answer.body())).readObject();
    }
}
