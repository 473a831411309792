package vn.egov.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.egov.portal.batch.boundary.BatchOperations;
import vn.egov.portal.batch.boundary.ExecutionView;
import vn.egov.portal.content.boundary.ArticleWorkflow;
import vn.egov.portal.content.boundary.EditorialService;
import vn.egov.portal.content.control.WorkflowAction;
import vn.egov.portal.content.entity.ArticleText;
import vn.egov.portal.legal.boundary.DocumentDraft;
import vn.egov.portal.legal.boundary.LegalDocumentEditing;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.search.boundary.SearchEngine;
import vn.egov.portal.test.PortalDeployment;
import vn.egov.portal.test.client.WebClient;
import vn.egov.portal.test.container.AsBatchOperator;
import vn.egov.portal.test.container.AsCollaborator;
import vn.egov.portal.test.container.AsDeputyEditor;
import vn.egov.portal.test.container.AsEditorInChief;
import vn.egov.portal.test.container.AsSecretary;
import vn.egov.portal.test.container.JobRuns;
import vn.egov.portal.test.container.RunAsRole;

/**
 * The search engine through the real stack: the rebuild job over the demo data, then the API with
 * and without diacritics, the seed decision by its number in both spellings, facets, an article
 * and a legal document indexed once their publication commits and an unpublished article gone at once,
 * and bad input answered with a problem.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @ArquillianResource
    URL base;

    @Inject
    BatchOperations batch;

    @Inject
    AsBatchOperator operator;

    @Inject
    JobRuns jobs;

    @Inject
    SearchEngine engine;

    @Inject
    EditorialService editorial;

    @Inject
    ArticleWorkflow workflow;

    @Inject
    LegalDocumentEditing legal;

    @Inject
    AsEditorInChief chief;

    @Inject
    AsCollaborator collaborator;

    @Inject
    AsSecretary secretary;

    @Inject
    AsDeputyEditor deputy;

    @Test
    void theRebuildIndexesTheDemoDataWhichIsFoundWithOrWithoutDiacritics() throws Exception {
        for (ExecutionView earlier : operator.call(() -> batch.listExecutions("search-reindex", 5))) {
            // The repair at start may be filling an empty index; a second run would be refused.
            jobs.awaitEnd(earlier.id());
        }
        long id = operator.call(() -> batch.start("search-reindex", Map.of("chunkSize", "7")));
        assertThatThrownBy(() -> operator.call(() -> batch.start("search-reindex", Map.of())))
                .as("a second start while the first runs")
                .isInstanceOf(ConflictException.class);
        ExecutionView done = jobs.awaitEnd(id);
        assertThat(done.batchStatus()).isEqualTo("COMPLETED");
        ExecutionView.StepView feed = done.steps().stream()
                .filter(step -> step.name().equals("feed"))
                .findFirst()
                .orElseThrow();
        assertThat(feed.read()).as("items read").isGreaterThan(10).isEqualTo(feed.written());
        assertThat(done.steps().get(done.steps().size() - 1).exitStatus()).isEqualTo("INDEXED " + engine.size());
        assertThat(engine.isIncomplete()).isFalse();

        for (String typed : List.of("01/2014/QĐ-UBND", "01/2014/QD-UBND", "1/2014/qd-ubnd")) {
            JsonObject first = items(search("q=" + encode(typed))).getJsonObject(0);
            assertThat(first.getString("kind")).as(typed).isEqualTo("legal");
            assertThat(first.getString("title")).as(typed).contains("01/2014/QĐ-UBND", "Cổng thông tin điện tử");
            assertThat(first.getString("url")).isEqualTo("/van-ban/2014/1/qd-ubnd");
        }
        // Typed without diacritics, each finds its demo item first among its kind: an article, a
        // legal document, a published answer (issue 13, "Done when").
        for (List<String> typed : List.of(
                List.of("an toan giao thong mua mua lu", "article", "an toàn giao thông mùa mưa lũ"),
                List.of("ung dung cong nghe thong tin", "legal", "64/2007/NĐ-CP"),
                List.of("dang ky khai sinh cho con", "qa", "Đăng ký khai sinh cho con"))) {
            JsonObject first = items(search("q=" + encode(typed.get(0)) + "&kind=" + typed.get(1)))
                    .getJsonObject(0);
            assertThat(first.getString("title").replaceAll("<[^>]+>", ""))
                    .as(typed.get(0))
                    .contains(typed.get(2));
        }
        JsonObject folded = search("q=" + encode("cong thong tin dien tu"));
        JsonObject exact = search("q=" + encode("Cổng thông tin điện tử"));
        long total = folded.getJsonObject("results").getJsonNumber("totalItems").longValue();
        assertThat(total).isPositive();
        assertThat(exact.getJsonObject("results").getJsonNumber("totalItems").longValue())
                .isEqualTo(total);
        assertThat(folded.getJsonObject("facets").getJsonArray("kind")).isNotEmpty();
        assertThat(folded.toString()).contains("<mark>");

        String kindOfFirst = items(folded).getJsonObject(0).getString("kind");
        JsonObject narrowed = search("q=" + encode("cong thong tin dien tu") + "&kind=" + kindOfFirst);
        assertThat(items(narrowed).stream().map(item -> item.asJsonObject().getString("kind")))
                .containsOnly(kindOfFirst);

        JsonObject missed = search("q=" + encode("quyet dinhh"));
        assertThat(missed.getString("didYouMean")).isEqualTo("quyet dinh");

        WebClient web = new WebClient(base.toURI());
        String page = web.get("/tim-kiem?q=" + encode("01/2014/QD-UBND")).body();
        assertThat(page).contains("<mark>", "href=\"/van-ban/2014/1/qd-ubnd\"", "Loại nội dung", "loai=legal");
        assertThat(web.get("/en/tim-kiem?q=" + encode("quyet dinhh")).body())
                .contains("Did you mean", "?q=quyet+dinh", "href=\"/en/tim-kiem");
        assertThat(web.get("/tim-kiem?q=x&loai=nothing").body()).contains("notice-problem");
    }

    @Test
    void aPublishedItemIsFoundOnceItsTransactionCommitsAndAnUnpublishedOneIsGoneAtOnce() throws Exception {
        // The index outlives the in-memory database of the test server: a number no earlier run used.
        int number = 1000 + (int) (System.currentTimeMillis() % 900_000);
        long documentId = chief.call(() -> legal.register(new DocumentDraft(
                        number + "/2025/QĐ-UBND",
                        "quyet-dinh",
                        "ubnd-tinh",
                        null,
                        "so-tu-phap",
                        null,
                        null,
                        LocalDate.of(2025, 6, 2),
                        null,
                        null,
                        null,
                        "Quyết định về bảo tồn rừng trúc Phja Oắc",
                        List.of("Môi trường"))))
                .getId();
        assertThat(total(search("q=" + encode(number + "/2025/QD-UBND"))))
                .as("registered, not published")
                .isZero();
        chief.call(() -> legal.publish(documentId));
        JsonObject byNumber = search("q=" + encode(number + "/2025/QD-UBND"));
        assertThat(items(byNumber).getJsonObject(0).getInt("id")).isEqualTo((int) documentId);
        assertThat(ids(search("q=" + encode("rung truc phja oac")))).contains(documentId);

        long articleId = collaborator
                .call(() -> editorial.create(
                        "tinh",
                        "tin-tuc-su-kien",
                        vn.egov.portal.platform.i18n.control.Language.VIETNAMESE,
                        ArticleText.of(
                                "Khánh thành nhà văn hóa xóm Nà Rị",
                                "Nhà văn hóa mới của xóm Nà Rị.",
                                "<p>Người dân <b>xóm Nà Rị</b> đón nhà văn hóa.</p>")))
                .getId();
        Map<WorkflowAction, RunAsRole> board = new LinkedHashMap<>();
        board.put(WorkflowAction.SUBMIT, collaborator);
        board.put(WorkflowAction.START_REVIEW, secretary);
        board.put(WorkflowAction.APPROVE, secretary);
        board.put(WorkflowAction.PUBLISH, deputy);
        for (Map.Entry<WorkflowAction, RunAsRole> step : board.entrySet()) {
            step.getValue().call(() -> workflow.transition(articleId, step.getKey(), null));
        }
        JsonObject found = search("q=" + encode("nha van hoa xom na ri") + "&site=tinh");
        assertThat(ids(found)).containsExactly(articleId);
        JsonObject hit = items(found).getJsonObject(0);
        assertThat(hit.getString("kind")).isEqualTo("article");
        assertThat(hit.getString("snippet")).contains("<mark>").doesNotContain("<b>", "<p>");
        assertThat(found.getJsonObject("facets")
                        .getJsonArray("kind")
                        .getJsonObject(0)
                        .getString("value"))
                .isEqualTo("article");

        deputy.call(() -> workflow.transition(articleId, WorkflowAction.UNPUBLISH, "Sai thông tin"));
        assertThat(ids(search("q=" + encode("nha van hoa xom na ri")))).doesNotContain(articleId);
    }

    @Test
    void badQueriesGetAProblemAndTypedQuerySyntaxIsJustText() throws Exception {
        WebClient web = new WebClient(base.toURI());
        for (String bad : List.of(
                "q=" + "a".repeat(201), "q=x&kind=news", "q=x&year=20x4", "q=x&site=" + encode("<b>"), "q=x&page=0")) {
            HttpResponse<String> refused = web.get("/api/v1/search?" + bad);
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
        for (String odd : List.of("title:*) OR (", "\"", "***", "\u0000", "")) {
            assertThat(web.get("/api/v1/search?q=" + encode(odd)).statusCode())
                    .as(odd)
                    .isIn(200, 400);
        }
        assertThat(total(search("q="))).isZero();
    }

    @Test
    void robotsTxtNamesTheSitemapIndexWhichHasOneSitemapPerSiteListingItsPublicPages() throws Exception {
        WebClient web = new WebClient(base.toURI());
        HttpResponse<String> robots = web.get("/robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.body())
                .contains("User-agent: *", "Disallow: /admin/")
                .containsPattern("Sitemap: https?://[^\\s]+/sitemap\\.xml");

        HttpResponse<String> index = web.get("/sitemap.xml");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
        assertThat(index.body())
                .contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
                .contains("/sitemap/tinh.xml</loc>", "/sitemap/so-tu-phap.xml</loc>");

        String main = web.get("/sitemap/tinh.xml").body();
        assertThat(main)
                .contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
                .contains("/van-ban/2014/1/qd-ubnd</loc>", "<lastmod>2014-")
                .contains("/van-ban/moi.atom</loc>", "/en/van-ban/moi.atom</loc>", "/hoi-dap/moi.atom</loc>")
                .containsPattern("/chuyen-muc/[a-z0-9-]+</loc>")
                .containsPattern("/en/feed/[a-z0-9-]+\\.atom</loc>")
                .doesNotContain("/so-tu-phap/");
        String subPortal = web.get("/sitemap/so-tu-phap.xml").body();
        assertThat(subPortal)
                .contains("/so-tu-phap/</loc>", "/en/so-tu-phap/</loc>")
                .containsPattern("/so-tu-phap/feed/[a-z0-9-]+\\.atom</loc>")
                .doesNotContain("/van-ban/", "/hoi-dap/");
        assertThat(web.get("/sitemap/khong-co.xml").statusCode()).isEqualTo(404);
        assertThat(web.get("/sitemap/x.txt").statusCode()).isEqualTo(404);
    }

    private JsonObject search(String query) throws Exception {
        HttpResponse<String> response = new WebClient(base.toURI()).get("/api/v1/search?" + query);
        assertThat(response.statusCode()).as(query).isEqualTo(200);
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static jakarta.json.JsonArray items(JsonObject results) {
        return results.getJsonObject("results").getJsonArray("items");
    }

    private static List<Long> ids(JsonObject results) {
        return items(results).stream()
                .map(item -> item.asJsonObject().getJsonNumber("id").longValue())
                .toList();
    }

    private static long total(JsonObject results) {
        return results.getJsonObject("results").getJsonNumber("totalItems").longValue();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
