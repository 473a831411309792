package vn.egov.portal.platform.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.egov.portal.guard.control.ProofOfWork;
import vn.egov.portal.test.PortalDeployment;
import vn.egov.portal.test.client.WebClient;
import vn.egov.portal.test.container.QueryLog;
import vn.egov.portal.test.container.TestSession;

/**
 * Each public page, rendered without the page cache (as for a reader with a live session), runs at most
 * its budget of SQL statements. A lazy relation walked from a page's loop (N+1) or reference data read
 * again on every request shows here as a failure that lists the statements.
 */
@ExtendWith(ArquillianExtension.class)
class QueryBudgetIT {

    private static final Pattern FIRST_ARTICLE = Pattern.compile("href=\"(/tin/[^\"]+)\"");
    /** Statements of one stored question, reads and writes together. */
    private static final int SUBMISSION_BUDGET = 7;

    private static final Pattern FIRST_DOCUMENT = Pattern.compile("href=\"(/van-ban/\\d{4}/[^\"]+)\"");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void theHomePageStaysWithinItsBudget() throws Exception {
        assertWithinBudget("/", 1);
        assertWithinBudget("/en/", 1);
        assertWithinBudget("/so-tu-phap/", 1);
    }

    @Test
    void aCategoryPageStaysWithinItsBudget() throws Exception {
        assertWithinBudget("/chuyen-muc/tin-tuc-su-kien", 2);
        assertWithinBudget("/en/chuyen-muc/tin-tuc-su-kien", 2);
    }

    @Test
    void anArticlePageStaysWithinItsBudget() throws Exception {
        assertWithinBudget(first(FIRST_ARTICLE, "/chuyen-muc/tin-tuc-su-kien"), 1);
    }

    @Test
    void aLegalDocumentPageStaysWithinItsBudget() throws Exception {
        assertWithinBudget(first(FIRST_DOCUMENT, "/van-ban/"), 4);
    }

    /**
     * A question sent through the API (the busiest public write, bench/qa-submit) within its budget:
     * the challenge spent with the question, the tracking code's check, the question and its
     * history, the receipt mail and the audit line, and the reference data it reads.
     */
    @Test
    void aQuestionSubmissionStaysWithinItsBudget() throws Exception {
        submitQuestion(UUID.randomUUID().toString());
        String token = UUID.randomUUID().toString();
        HttpResponse<String> stored = submitQuestion(token);
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        List<String> statements = QueryLog.of(token, Duration.ofSeconds(5))
                .orElseThrow(() -> new AssertionError("No statements recorded for the submission"));
        assertThat(statements)
                .as("SQL statements of a stored question (budget %d)", SUBMISSION_BUDGET)
                .hasSizeLessThanOrEqualTo(SUBMISSION_BUDGET);
    }

    private HttpResponse<String> submitQuestion(String token) throws Exception {
        WebClient web = new WebClient(base.toURI());
        Matcher challenge = Pattern.compile("\"challenge\":\"([^\"]+)\"")
                .matcher(web.get("/api/v1/questions/challenge").body());
        assertThat(challenge.find()).as("a challenge").isTrue();
        String json =
                """
                {"particulars":{"kind":"INDIVIDUAL","name":"Hoàng Văn Thụ","nationality":"Việt Nam",
                "occupation":"Nông dân","idNumber":"004088012345","address":"Xóm Nà Vài, xã Hưng Đạo",
                "phone":"0915 111 222","email":"budget-%s@example.vn"},
                "title":"Thủ tục cấp lại giấy khai sinh","body":"Tôi làm mất giấy khai sinh, xin hỏi thủ tục cấp lại?",
                "field":"tu-phap-ho-tich","consent":true,"consentVersion":"2026.1","challenge":"%s","nonce":"%s"}
                """
                        .formatted(token, challenge.group(1), ProofOfWork.solve(challenge.group(1)));
        return web.send(HttpRequest.newBuilder(web.resolve("/api/v1/questions"))
                .header("Content-Type", "application/json")
                .header(QueryLog.HEADER, token)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** Renders the page twice (the first fills what is read once per content version) and counts the second. */
    private void assertWithinBudget(String path, int budget) throws Exception {
        render(path);
        List<String> statements = render(path);
        assertThat(statements)
                .as("SQL statements of an uncached render of %s (budget %d)", path, budget)
                .hasSizeLessThanOrEqualTo(budget);
    }

    private List<String> render(String path) throws Exception {
        String token = UUID.randomUUID().toString();
        WebClient withSession = new WebClient(base.toURI());
        // A live session: the page cache stands aside, as it does for officials (a made-up cookie is
        // served from the cache).
        assertThat(withSession.get(TestSession.PATH).statusCode()).isEqualTo(204);
        HttpResponse<String> page = withSession.send(
                HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                        .header(QueryLog.HEADER, token)
                        .GET()
                        .build());
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        assertThat(page.headers().firstValue("X-Portal-Cache"))
                .as("rendered, not kept")
                .isEmpty();
        return QueryLog.of(token, Duration.ofSeconds(5))
                .orElseThrow(() -> new AssertionError("No statements recorded for " + path));
    }

    private String first(Pattern link, String listPath) throws Exception {
        String list = new WebClient(base.toURI()).get(listPath).body();
        Matcher matcher = link.matcher(list);
        assertThat(matcher.find()).as("a link on " + listPath).isTrue();
        return matcher.group(1);
    }
}
