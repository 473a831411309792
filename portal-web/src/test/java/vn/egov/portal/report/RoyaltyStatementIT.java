package vn.egov.portal.report;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.egov.portal.batch.boundary.ExecutionView;
import vn.egov.portal.content.boundary.ArticleWorkflow;
import vn.egov.portal.content.boundary.EditorialService;
import vn.egov.portal.content.control.WorkflowAction;
import vn.egov.portal.content.entity.ArticleAuthor;
import vn.egov.portal.content.entity.ArticleText;
import vn.egov.portal.content.entity.ContentKind;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.royalty.boundary.RoyaltyLedger;
import vn.egov.portal.site.boundary.SiteDirectory;
import vn.egov.portal.test.PortalDeployment;
import vn.egov.portal.test.client.PdfText;
import vn.egov.portal.test.client.WebClient;
import vn.egov.portal.test.container.AsCollaborator;
import vn.egov.portal.test.container.AsDeputyEditor;
import vn.egov.portal.test.container.AsSecretary;
import vn.egov.portal.test.container.AsSubportalEditor;
import vn.egov.portal.test.container.DemoPasswords;
import vn.egov.portal.test.container.JobRuns;
import vn.egov.portal.test.container.RunAsRole;

/**
 * Issue 16's royalty statements on the real stack: works by three authors published on the
 * province's portal and the justice department's sub-portal (through the editorial workflow, whose
 * first publication fixes the royalties) and moved into May 2004; the royalty-statement job keeps
 * one statement per author across both sites, the API answers each and its files (the PDF read
 * back), a rerun supersedes version 1, the batch operator sees the report listed but not its
 * figures, and a month without royalties, a month not over and a malformed month behave as for
 * the monthly report.
 */
@ExtendWith(ArquillianExtension.class)
class RoyaltyStatementIT {

    private static final String MONTH = "2004-05";
    private static final String QUIET_MONTH = "2001-07";
    private static final String NEWS = "tin-tuc-su-kien";
    private static final String TAM = "Lương Văn Tâm";
    private static final String ANH = "Nông Văn Ảnh";
    private static final String HOA = "Đinh Thị Hoa";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @Inject
    JobRuns jobs;

    @Inject
    EditorialService editorial;

    @Inject
    ArticleWorkflow workflow;

    @Inject
    RoyaltyLedger ledger;

    @Inject
    SiteDirectory sites;

    @Inject
    AsCollaborator collaborator;

    @Inject
    AsSecretary secretary;

    @Inject
    AsDeputyEditor deputy;

    @Inject
    AsSubportalEditor subportalEditor;

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    @ArquillianResource
    URL base;

    @Test
    void eachAuthorHasOneStatementAcrossSitesAndARerunSupersedesIt() throws Exception {
        subportalEditor.run(() -> ledger.setRate("so-tu-phap", ContentKind.NEWS, new BigDecimal("200000")));
        long bridge = published(
                collaborator,
                "tinh",
                NEWS,
                "Khánh thành cầu treo Bản Giới",
                author(TAM, "congtacvien", 60),
                author(ANH, null, 40));
        long harvest = published(collaborator, "tinh", NEWS, "Mùa lúa mới ở Trùng Khánh", author(HOA, null, 100));
        long legalAid = published(
                subportalEditor,
                "so-tu-phap",
                "pho-bien-phap-luat",
                "Trợ giúp pháp lý lưu động",
                author(TAM, "congtacvien", 100));
        moveInto(bridge, "2004-05-12T09:00");
        moveInto(harvest, "2004-05-20T09:00");
        moveInto(legalAid, "2004-05-03T15:00");
        String province = sites.getSite("tinh").getName().getVi();
        String justice = sites.getSite("so-tu-phap").getName().getVi();

        ExecutionView first = jobs.run("royalty-statement", Map.of("month", MONTH));
        assertThat(first.batchStatus()).as(first.toString()).isEqualTo("COMPLETED");

        WebClient web = new WebClient(base.toURI());
        JsonObject list =
                json(web.get("api/v1/reports?kind=ROYALTY_STATEMENT&period=" + MONTH, "vanhanh", password("vanhanh")));
        assertThat(list.getInt("totalItems"))
                .as("the operator sees that the report exists")
                .isEqualTo(1);
        long id =
                list.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();

        JsonObject detail = json(web.get("api/v1/reports/" + id, "phobientap", password("phobientap")));
        JsonObject summary = detail.getJsonArray("sections").getJsonObject(0);
        assertThat(summary.getString("key")).isEqualTo("royaltySummary");
        assertThat(summary.getJsonArray("rows").getValuesAs(JsonObject.class))
                .as("authors in Vietnamese order, each once with works and total")
                .extracting(row -> row.getJsonArray("labels").getString(0) + " "
                        + row.getJsonObject("values").getInt("works") + " "
                        + row.getJsonObject("values").getJsonNumber("totalVnd").longValue())
                .containsExactly(HOA + " 1 150000", TAM + " 2 290000", ANH + " 1 60000");
        List<String> statements = detail.getJsonArray("statements").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
        assertThat(statements).hasSize(3).allSatisfy(link -> assertThat(link)
                .contains("/report-archive/" + id + "/statements/"));

        JsonObject tam = json(web.get(path(statements.get(1)), "thuky", password("thuky")));
        assertThat(tam.getString("author")).isEqualTo(TAM);
        assertThat(tam.getJsonNumber("total").longValue()).isEqualTo(290_000);
        assertThat(tam.getJsonArray("works").getValuesAs(JsonObject.class))
                .as("one statement with the work of each site, the site named, by publication day")
                .extracting(work -> work.getString("title") + " | " + work.getString("site") + " | "
                        + work.getString("publishedOn") + " | " + work.getInt("sharePercent") + " | "
                        + work.getJsonNumber("amount").longValue())
                .containsExactly(
                        "Trợ giúp pháp lý lưu động | " + justice + " | 03/05/2004 | 100 | 200000",
                        "Khánh thành cầu treo Bản Giới | " + province + " | 12/05/2004 | 60 | 90000");
        assertThat(web.get("api/v1/report-archive/" + id + "/statements/4", "thuky", password("thuky"))
                        .statusCode())
                .as("past the last author")
                .isEqualTo(404);

        HttpResponse<byte[]> pdf = bytes(web, statements.get(1) + "/pdf", "phobientap");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String text = PdfText.of(pdf.body());
        assertThat(text)
                .contains("Bảng kê nhuận bút", MONTH, TAM, "Trợ giúp pháp lý lưu động", "Khánh thành cầu treo Bản Giới")
                .doesNotContain(ANH, "Mùa lúa mới");
        String csv =
                new String(bytes(web, statements.get(0) + "/csv", "phobientap").body(), StandardCharsets.UTF_8);
        assertThat(csv)
                .contains("Tác giả / Author", HOA, "Mùa lúa mới ở Trùng Khánh")
                .doesNotContain(TAM);

        for (String denied : List.of(
                "api/v1/reports/" + id,
                "api/v1/report-archive/" + id + "/pdf",
                path(statements.get(0)),
                path(statements.get(0)) + "/csv")) {
            assertThat(web.get(denied, "vanhanh", password("vanhanh")).statusCode())
                    .as("authors' pay is not the batch operator's: " + denied)
                    .isEqualTo(403);
        }
        WebClient anonymous = new WebClient(base.toURI());
        assertThat(anonymous.get(path(statements.get(0))).statusCode())
                .as("no credentials: asked for them")
                .isEqualTo(401);
        assertThat(anonymous.get("api/v1/reports/" + id).statusCode())
                .as("a royalty report is never public")
                .isEqualTo(404);
        consoleShowsTheKeptStatements();

        ExecutionView rerun = jobs.run("royalty-statement", Map.of("month", MONTH));
        assertThat(rerun.batchStatus()).as(rerun.toString()).isEqualTo("COMPLETED");
        JsonObject both =
                json(web.get("api/v1/reports?kind=ROYALTY_STATEMENT&period=" + MONTH, "bientap", password("bientap")));
        assertThat(both.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(item -> item.getInt("version") + " " + item.getString("state"))
                .containsExactly("2 CURRENT", "1 SUPERSEDED");
        assertThat(json(web.get(path(statements.get(1)), "thuky", password("thuky")))
                        .getString("state"))
                .as("version 1's statements stay readable, superseded")
                .isEqualTo("SUPERSEDED");
    }

    @Test
    void aMonthWithoutRoyaltiesIsAReportWithoutStatements() throws Exception {
        ExecutionView run = jobs.run("royalty-statement", Map.of("month", QUIET_MONTH));
        assertThat(run.batchStatus()).as(run.toString()).isEqualTo("COMPLETED");
        WebClient web = new WebClient(base.toURI());
        JsonObject list = json(
                web.get("api/v1/reports?kind=ROYALTY_STATEMENT&period=" + QUIET_MONTH, "bientap", password("bientap")));
        long id =
                list.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject detail = json(web.get("api/v1/reports/" + id, "thuky", password("thuky")));
        assertThat(detail.getJsonArray("statements")).isEmpty();
        assertThat(detail.getJsonArray("sections").getJsonObject(0).getJsonArray("rows"))
                .isEmpty();
        assertThat(web.get("api/v1/report-archive/" + id + "/statements/1", "thuky", password("thuky"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(PdfText.of(bytes(web, "api/v1/report-archive/" + id + "/pdf", "thuky")
                        .body()))
                .contains("Bảng kê nhuận bút", QUIET_MONTH);
    }

    @Test
    void aMonthNotOverOrMalformedIsRefusedAndNoReportAppears() throws Exception {
        WebClient web = new WebClient(base.toURI());
        HttpResponse<String> malformed =
                web.send(HttpRequest.newBuilder(web.resolve("api/v1/batch/jobs/royalty-statement/executions"))
                        .header("Authorization", WebClient.basic("vanhanh", password("vanhanh")))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"parameters\":{\"month\":\"2004-13\"}}"))
                        .build());
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(malformed.body()).contains("parameters.month");

        HttpResponse<String> future =
                web.send(HttpRequest.newBuilder(web.resolve("api/v1/batch/jobs/royalty-statement/executions"))
                        .header("Authorization", WebClient.basic("vanhanh", password("vanhanh")))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"parameters\":{\"month\":\"2099-01\"}}"))
                        .build());
        assertThat(future.statusCode())
                .as("a month not over is refused at the start")
                .isEqualTo(400);
        assertThat(future.body()).contains("parameters.month");
        HttpResponse<String> listed =
                web.get("api/v1/reports?kind=ROYALTY_STATEMENT&period=2099-01", "vanhanh", password("vanhanh"));
        assertThat(listed.statusCode()).isEqualTo(400);
        assertThat(listed.body()).contains("period");
        assertThat(json(web.get("api/v1/reports?kind=ROYALTY_STATEMENT", "vanhanh", password("vanhanh")))
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class))
                .extracting(item -> item.getString("period"))
                .doesNotContain("2099-01");
    }

    @Test
    void statementsOfAnotherKindOfReportAreNotFound() throws Exception {
        ExecutionView monthly = jobs.run("monthly-report", Map.of("month", "2001-08"));
        assertThat(monthly.batchStatus()).as(monthly.toString()).isEqualTo("COMPLETED");
        WebClient web = new WebClient(base.toURI());
        JsonObject list = json(web.get("api/v1/reports?kind=MONTHLY&period=2001-08", "bientap", password("bientap")));
        long id =
                list.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(web.get("api/v1/report-archive/" + id + "/statements/1", "bientap", password("bientap"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(web.get("api/v1/reports/" + id, "thuky", password("thuky")).statusCode())
                .as("the secretary reads royalty reports, not the monthly report")
                .isEqualTo(403);
        assertThat(json(web.get("api/v1/reports/" + id, "vanhanh", password("vanhanh")))
                        .getJsonArray("statements"))
                .isEmpty();
    }

    /**
     * The royalties page: the secretary picks May 2004 and gets each author's kept statement with
     * its files; the operator's list of reports names the royalty report without its files.
     */
    private void consoleShowsTheKeptStatements() throws Exception {
        WebClient console = new WebClient(base.toURI());
        console.login("thuky", password("thuky"));
        String page = "/admin/nhuan-but/royalties.xhtml";
        String month = "statement:month";
        // The client posts every form's hidden fields; the site menu of the rates form goes with them.
        String site = "rates:site_input";
        HttpResponse<String> shown = console.submit(page, Map.of(site, "tinh", month, MONTH, "statement:show", "x"));
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("Bảng kê đã lập", "Tháng " + MONTH + ", lần lập 1", HOA, TAM, ANH, "290.000");
        HttpResponse<byte[]> pdf = console.postBack(
                page, shown.body(), Map.of(site, "tinh", month, MONTH, "statement:keptAuthors:1:pdf", "x"));
        assertThat(pdf.headers().firstValue("Content-Type"))
                .as("%d %s", pdf.statusCode(), new String(pdf.body(), StandardCharsets.UTF_8))
                .hasValue("application/pdf");
        assertThat(PdfText.of(pdf.body()))
                .contains(TAM, "Trợ giúp pháp lý lưu động")
                .doesNotContain(HOA);

        WebClient operator = new WebClient(base.toURI());
        operator.login("vanhanh", password("vanhanh"));
        assertThat(operator.get("/admin/bao-cao/reports.xhtml").body())
                .contains("Bảng kê nhuận bút", "Vai trò của bạn không được xem số liệu của loại báo cáo này");
    }

    private long published(RunAsRole author, String site, String category, String title, ArticleAuthor... authors)
            throws Exception {
        long id = author.call(() -> editorial.create(
                        site,
                        category,
                        Language.VIETNAMESE,
                        ArticleText.of(title, "Tóm tắt: " + title, "<p>Nội dung.</p>")
                                .withAuthors(List.of(authors))))
                .getId();
        RunAsRole board = "tinh".equals(site) ? secretary : author;
        RunAsRole publisher = "tinh".equals(site) ? deputy : author;
        move(author, id, WorkflowAction.SUBMIT);
        move(board, id, WorkflowAction.START_REVIEW);
        move(board, id, WorkflowAction.APPROVE);
        move(publisher, id, WorkflowAction.PUBLISH);
        return id;
    }

    private void move(RunAsRole who, long id, WorkflowAction action) throws Exception {
        who.call(() -> workflow.transition(id, action, null));
    }

    private static ArticleAuthor author(String name, String account, int share) {
        return new ArticleAuthor(name, account, share);
    }

    /** The ledger stamps today's month at publication; the test's works belong to May 2004. */
    private void moveInto(long article, String localTime) throws Exception {
        Timestamp at = Timestamp.valueOf(LocalDateTime.ofInstant(
                LocalDateTime.parse(localTime)
                        .atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                        .toInstant(),
                ZoneOffset.UTC));
        try (Connection connection = database.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update royalty_entry set period = ?, publishedAt = ? where article_id = ?")) {
            update.setString(1, MONTH);
            update.setTimestamp(2, at);
            update.setLong(3, article);
            assertThat(update.executeUpdate())
                    .as("royalty lines of article " + article)
                    .isPositive();
        }
    }

    private static String path(String link) {
        return link.substring(link.indexOf("api/v1/"));
    }

    private HttpResponse<byte[]> bytes(WebClient web, String link, String username) {
        return web.sendForBytes(HttpRequest.newBuilder(web.resolve(path(link)))
                .header("Authorization", WebClient.basic(username, password(username)))
                .GET()
                .build());
    }

    private static String password(String username) {
        return DemoPasswords.of(username);
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
