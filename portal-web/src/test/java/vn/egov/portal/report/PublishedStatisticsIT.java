package vn.egov.portal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.egov.portal.batch.boundary.BatchOperations;
import vn.egov.portal.batch.boundary.ExecutionView;
import vn.egov.portal.calendar.boundary.CalendarService;
import vn.egov.portal.content.boundary.ArticleWorkflow;
import vn.egov.portal.content.boundary.SiteTeam;
import vn.egov.portal.content.control.WorkflowAction;
import vn.egov.portal.deadline.boundary.Obligations;
import vn.egov.portal.deadline.entity.Obligation;
import vn.egov.portal.deadline.entity.ObligationState;
import vn.egov.portal.platform.config.boundary.PortalConfig;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.report.boundary.PublicationChoice;
import vn.egov.portal.report.boundary.ReportPublishing;
import vn.egov.portal.report.boundary.ReportRuns;
import vn.egov.portal.report.control.Figures;
import vn.egov.portal.report.entity.PublishedStatistics;
import vn.egov.portal.report.entity.ReportKind;
import vn.egov.portal.test.PortalDeployment;
import vn.egov.portal.test.client.WebClient;
import vn.egov.portal.test.container.AsBatchOperator;
import vn.egov.portal.test.container.AsCollaborator;
import vn.egov.portal.test.container.AsDeputyEditor;
import vn.egov.portal.test.container.AsEditorInChief;
import vn.egov.portal.test.container.AsSecretary;
import vn.egov.portal.test.container.DemoPasswords;
import vn.egov.portal.test.container.JobRuns;

/**
 * Issue 16's published statistics on the real stack: the editor-in-chief publishes two sections of a
 * monthly report, which opens a draft statistics article and its 10-working-day deadline; publishing
 * the article through the workflow meets the deadline and makes exactly those sections public, on a
 * script-free page of SVG charts and tables and in the anonymous API; everything else stays hidden
 * (404), and the secretary, a collaborator, an unknown section, a second publication and a
 * superseded report are refused.
 */
@ExtendWith(ArquillianExtension.class)
class PublishedStatisticsIT {

    /** A month of its own for the reruns, far from the demo's activity and the other report tests' months. */
    private static final String QUIET_MONTH = "2002-05";

    private static final Path ARTIFACTS = Path.of("target", "artifacts");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @Inject
    BatchOperations batch;

    @Inject
    JobRuns jobs;

    @Inject
    ReportPublishing publishing;

    @Inject
    ReportRuns runs;

    @Inject
    ArticleWorkflow workflow;

    @Inject
    Obligations obligations;

    @Inject
    SiteTeam team;

    @Inject
    CalendarService calendar;

    @Inject
    PortalConfig config;

    @Inject
    AsBatchOperator operator;

    @Inject
    AsEditorInChief chief;

    @Inject
    AsDeputyEditor deputy;

    @Inject
    AsSecretary secretary;

    @Inject
    AsCollaborator collaborator;

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    @ArquillianResource
    URL base;

    @Test
    void theBoardPublishesTwoSectionsAndTheArticlesPublicationMakesThemPublicOnTime() throws Exception {
        WebClient web = new WebClient(base.toURI());
        // The demo's stored report of the month before last: real figures for the charts.
        String month = YearMonth.now(config.zone()).minusMonths(2).toString();
        long id = currentReport(month);
        assertThat(web.get("/thong-ke/bao-cao/" + id).statusCode())
                .as("nothing published yet")
                .isEqualTo(404);

        assertThatThrownBy(() -> secretary.call(() -> publishing.publish(id, choice("qa"))))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> collaborator.call(() -> publishing.publish(id, choice("qa"))))
                .isInstanceOf(EJBAccessException.class);
        WebClient secretaryConsole = new WebClient(base.toURI());
        secretaryConsole.login("thuky", DemoPasswords.of("thuky"));
        assertThat(secretaryConsole.get("/admin/bao-cao/reports.xhtml").statusCode())
                .as("the secretary has no reports page to publish from")
                .isEqualTo(403);
        assertThat(refusal(() -> chief.call(() -> publishing.publish(id, choice("qa", "salaries")))))
                .containsEntry("sections", "report.publish.error.unknownSection");
        assertThat(refusal(() -> chief.call(() -> publishing.publish(id, choice()))))
                .containsEntry("sections", "report.publish.error.empty");

        LocalDate decided = LocalDate.now(config.zone());
        PublishedStatistics decision = chief.call(() -> publishing.publish(id, choice("access", "qa")));
        assertThat(decision.getSections()).as("in the report's order").containsExactly("qa", "access");
        assertThat(decision.getDecidedBy()).isEqualTo("bientap");
        long article = decision.getArticleId();
        assertThat(article(article)).startsWith("DRAFT|thong-ke|").contains("Báo cáo tháng", month);
        Obligation open =
                obligations.listFor(ReportPublishing.OBLIGATION_KIND, article).get(0);
        assertThat(open.getWorkingDays()).isEqualTo(10);
        assertThat(open.getState()).isEqualTo(ObligationState.OPEN);
        assertThat(open.getTriggerDate()).isEqualTo(decided);
        assertThat(open.getDueDate())
                .isEqualTo(calendar.addWorkingDays(decided, 10).date());
        assertThatThrownBy(() -> chief.call(() -> publishing.publish(id, choice("qa"))))
                .as("a section is published once")
                .isInstanceOf(ConflictException.class);
        assertThat(web.get("/thong-ke/bao-cao/" + id).statusCode())
                .as("public only once the statistics article is out")
                .isEqualTo(404);

        chief.call(() -> workflow.transition(article, WorkflowAction.SUBMIT, null));
        // The chief wrote the draft, so another approves it: the deputy, given the statistics field.
        long field = chief.call(() -> team.delegate("tinh", "phobientap", "thong-ke"))
                .getId();
        try {
            deputy.call(() -> workflow.transition(article, WorkflowAction.START_REVIEW, null));
            deputy.call(() -> workflow.transition(article, WorkflowAction.APPROVE, null));
        } finally {
            chief.run(() -> team.withdraw(field));
        }
        chief.call(() -> workflow.transition(article, WorkflowAction.PUBLISH, null));
        assertThat(obligations.listFor(ReportPublishing.OBLIGATION_KIND, article))
                .extracting(Obligation::getState)
                .containsExactly(ObligationState.FULFILLED);

        HttpResponse<String> page = web.get("/thong-ke/bao-cao/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        Files.createDirectories(ARTIFACTS);
        Files.writeString(ARTIFACTS.resolve("published-statistics.html"), html, StandardCharsets.UTF_8);
        Files.writeString(ARTIFACTS.resolve("published-statistics.url"), web.resolve("/thong-ke/bao-cao/" + id) + "\n");
        assertThat(count(html, "<svg")).isEqualTo(2);
        assertThat(count(html, "<table")).isEqualTo(2);
        assertThat(count(html, "role=\"img\"")).isEqualTo(2);
        assertThat(html)
                .doesNotContain("<script")
                .contains("Hỏi đáp theo cơ quan", "Lượt xem trang và lượt gọi API", "<caption>", "scope=\"row\"")
                .doesNotContain("Tin bài đăng theo chuyên mục", "Dịch vụ công theo thủ tục và cơ quan");
        assertThat(html).as("every agency's row in the table").contains("<th scope=\"row\">Sở Tư pháp</th>");
        assertThat(web.get("/tin/" + article).body())
                .as("the statistics article links the page")
                .contains("/thong-ke/bao-cao/" + id);
        assertThat(web.get("/en/thong-ke/bao-cao/" + id).body())
                .contains("Questions and answers by agency", "<svg")
                .doesNotContain("<script");

        WebClient console = new WebClient(base.toURI());
        console.login("bientap", DemoPasswords.of("bientap"));
        assertThat(console.get("/admin/bao-cao/reports.xhtml").body())
                .as("the console shows what is public and links it")
                .contains("Đã công khai: Hỏi đáp theo cơ quan; Lượt xem trang và lượt gọi API")
                .contains("href=\"/thong-ke/bao-cao/" + id + "\"")
                .contains("Công bố");

        JsonObject list = json(web.get("api/v1/reports?kind=MONTHLY&period=" + month));
        assertThat(list.getInt("totalItems")).isEqualTo(1);
        assertThat(list.getJsonArray("items")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue())
                .isEqualTo(id);
        JsonObject published = json(web.get("api/v1/reports/" + id));
        assertThat(published.getJsonArray("sections").getValuesAs(JsonObject.class))
                .extracting(section -> section.getString("key"))
                .containsExactly("qa", "access");
        assertThat(published.getJsonObject("files"))
                .as("the files stay for the roles")
                .isEmpty();
        assertThat(json(web.get("api/v1/reports/" + id, "vanhanh", DemoPasswords.of("vanhanh")))
                        .getJsonArray("sections"))
                .as("an operator still reads the whole report")
                .hasSize(6);
    }

    /** A rerun leaves the earlier version superseded: it cannot be published, and the new one is hidden. */
    @Test
    void aSupersededReportIsRefusedAndAnUnpublishedOneIsHidden() throws Exception {
        WebClient web = new WebClient(base.toURI());
        long first = runReport(QUIET_MONTH);
        long current = runReport(QUIET_MONTH);
        assertThat(current).isNotEqualTo(first);

        assertThatThrownBy(() -> chief.call(() -> publishing.publish(first, choice("qa"))))
                .as("a superseded report cannot be published")
                .isInstanceOf(ConflictException.class);
        assertThat(web.get("api/v1/reports/" + current).statusCode()).isEqualTo(404);
        assertThat(web.get("api/v1/reports/" + first).statusCode()).isEqualTo(404);
        assertThat(json(web.get("api/v1/reports?kind=MONTHLY&period=" + QUIET_MONTH))
                        .getInt("totalItems"))
                .isZero();
        assertThat(web.get("/thong-ke/bao-cao/" + current).statusCode()).isEqualTo(404);
    }

    /** The month's current report: the demo's, or one run now if the demo has none for it. */
    private long currentReport(String month) throws Exception {
        JsonObject list = json(new WebClient(base.toURI())
                .get("api/v1/reports?kind=MONTHLY&period=" + month, "vanhanh", DemoPasswords.of("vanhanh")));
        return list.getInt("totalItems") == 0
                ? runReport(month)
                : list.getJsonArray("items")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue();
    }

    /** Runs the month's report and answers the new current version. */
    private long runReport(String month) throws Exception {
        ExecutionView run = jobs.awaitEnd(operator.call(() -> batch.start("monthly-report", Map.of("month", month))));
        assertThat(run.batchStatus()).as(run.toString()).isEqualTo("COMPLETED");
        JsonObject newest = json(new WebClient(base.toURI())
                        .get("api/v1/reports?kind=MONTHLY&period=" + month, "vanhanh", DemoPasswords.of("vanhanh")))
                .getJsonArray("items")
                .getJsonObject(0);
        assertThat(newest.getString("state")).isEqualTo("CURRENT");
        return newest.getJsonNumber("id").longValue();
    }

    @Test
    void royaltyStatementsAreNeverPublished() throws Exception {
        long id = runs.store(
                ReportKind.ROYALTY_STATEMENT,
                new Figures(
                        "2003-02",
                        List.of(new Figures.Section(
                                "royaltySummary", List.of("author"), List.of("works"), List.of()))));

        assertThat(refusal(() -> chief.call(() -> publishing.publish(id, choice("royaltySummary")))))
                .containsEntry("report", "report.publish.error.notPublishable");
        assertThat(new WebClient(base.toURI()).get("api/v1/reports/" + id).statusCode())
                .as("nothing of it is public")
                .isEqualTo(404);
    }

    private static PublicationChoice choice(String... sections) {
        return new PublicationChoice(List.of(sections));
    }

    private static Map<String, String> refusal(ThrowingCall call) {
        try {
            call.run();
        } catch (InvalidInputException invalid) {
            return invalid.fieldErrors();
        } catch (Exception other) {
            throw new AssertionError("expected a refusal of the input", other);
        }
        throw new AssertionError("expected a refusal of the input");
    }

    private interface ThrowingCall {
        void run() throws Exception;
    }

    /** "STATE|category|title" of an article, as the database keeps it. */
    private String article(long id) throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select a.state, c.code, a.title from article a join category c on c.id = a.category_id where a.id = ?")) {
            query.setLong(1, id);
            try (ResultSet result = query.executeQuery()) {
                assertThat(result.next()).isTrue();
                return result.getString(1) + "|" + result.getString(2) + "|" + result.getString(3);
            }
        }
    }

    private static int count(String text, String part) {
        return (int)
                Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
