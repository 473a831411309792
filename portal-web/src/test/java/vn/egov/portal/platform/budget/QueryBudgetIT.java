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
