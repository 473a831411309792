package vn.egov.portal.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.egov.portal.test.PortalDeployment;
import vn.egov.portal.test.client.WebClient;

/**
 * Issue 13 part 2: an integrator can read the whole API from /openapi and browse it at /api/docs.
 * Every operation says what it does, which problem answers it may give, and shows an example body.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiDocumentIT {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head");

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
    void everyOperationHasASummaryProblemAnswersAndExampleBodies() {
        HttpResponse<String> answer = web.get("/openapi?format=JSON");
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonObject document = Json.createReader(new StringReader(answer.body())).readObject();
        JsonObject paths = document.getJsonObject("paths");
        assertThat(paths.keySet())
                .contains("/api/v1/articles", "/api/v1/legal-documents", "/api/v1/questions", "/api/v1/me")
                .contains(
                        "/api/v1/reports",
                        "/api/v1/reports/{id: [0-9]+}",
                        "/api/v1/report-archive/{id: [0-9]+}/{format}")
                .noneMatch(path -> path.startsWith("/api/docs"));
        assertThat(document.getJsonObject("components").getJsonObject("schemas"))
                .containsKey("Problem");

        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
            for (Map.Entry<String, JsonValue> entry :
                    path.getValue().asJsonObject().entrySet()) {
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                operations++;
                String name = entry.getKey().toUpperCase() + " " + path.getKey();
                JsonObject operation = entry.getValue().asJsonObject();
                if (operation.getString("summary", "").isBlank()) {
                    missing.add(name + ": no summary");
                }
                JsonObject responses = operation.getJsonObject("responses");
                List<String> errors = responses == null
                        ? List.of()
                        : responses.keySet().stream()
                                .filter(code -> code.startsWith("4"))
                                .toList();
                if (errors.isEmpty()) {
                    missing.add(name + ": no 4xx response");
                }
                if (!errors.contains("429")) {
                    missing.add(name + ": no 429 (every API call is rate limited)");
                }
                for (String code : errors) {
                    JsonObject content = responses.getJsonObject(code).getJsonObject("content");
                    if (content == null || !content.containsKey("application/problem+json")) {
                        missing.add(name + ": " + code + " is not problem+json");
                    }
                }
                if (operation.containsKey("security")
                        && !operation.getJsonArray("security").isEmpty()
                        && !errors.containsAll(List.of("401", "403"))) {
                    missing.add(name + ": needs credentials but no 401/403");
                }
                JsonObject body = operation.getJsonObject("requestBody");
                if (body != null && !hasExample(body)) {
                    missing.add(name + ": request body without an example");
                }
            }
        }
        assertThat(operations).isGreaterThanOrEqualTo(50);
        assertThat(missing).isEmpty();
    }

    @Test
    void theBrowsablePageServesSwaggerUiFromThePortalItself() {
        HttpResponse<String> page = web.get("/api/docs");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body())
                .contains("Tài liệu API của Cổng thông tin điện tử", "Portal API documentation")
                .contains("id=\"swagger-ui\"", "docs/swagger-ui-bundle.js", "docs/start.js")
                .doesNotContain("http://", "https://", "<script>");
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("script-src 'self'").doesNotContain("unsafe-eval");

        HttpResponse<String> bundle = web.get("/api/docs/swagger-ui-bundle.js");
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.body()).contains("SwaggerUIBundle");
        assertThat(web.get("/api/docs/start.js").body()).contains("openapi?format=JSON");
        assertThat(web.get("/api/docs/swagger-ui.css").statusCode()).isEqualTo(200);
        assertThat(web.get("/api/docs/..%2F..%2Fweb.xml").statusCode()).isEqualTo(404);
        assertThat(web.get("/api/docs/index.html").statusCode()).isEqualTo(404);
    }

    private static boolean hasExample(JsonObject body) {
        JsonObject content = body.getJsonObject("content");
        if (content == null) {
            return false;
        }
        return content.values().stream()
                .map(JsonValue::asJsonObject)
                .anyMatch(media -> media.containsKey("example")
                        || (media.containsKey("examples")
                                && !media.getJsonObject("examples").isEmpty()));
    }
}
