package vn.egov.portal.report;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.egov.portal.batch.boundary.BatchOperations;
import vn.egov.portal.batch.boundary.ExecutionView;
import vn.egov.portal.platform.config.boundary.PortalConfig;
import vn.egov.portal.qa.QuestionForms;
import vn.egov.portal.test.PortalDeployment;
import vn.egov.portal.test.client.PdfText;
import vn.egov.portal.test.client.WebClient;
import vn.egov.portal.test.container.AsBatchOperator;
import vn.egov.portal.test.container.DemoPasswords;
import vn.egov.portal.test.container.JobRuns;

/**
 * Issue 16's first slice on the real stack: the monthly-report job started through the
 * JobOperator stores a report whose figures list every agency (zeros for a month without
 * activity), the API lists it and answers its figures and files (the PDF read back, the CSV), a
 * rerun makes version 2 current and keeps version 1 superseded, and a month not yet over or an
 * anonymous caller is refused with a problem.
 */
@ExtendWith(ArquillianExtension.class)
class MonthlyReportIT {

    /** A month long before any demo activity: every agency's row is zeros. */
    private static final String QUIET_MONTH = "2001-02";

    /** A month of the tests' own activity, far from the demo's and from the quiet months. */
    private static final YearMonth SEEDED_MONTH = YearMonth.of(2003, 6);

    /** Where the build keeps files for a person to look at (failsafe runs in the module's folder). */
    private static final Path ARTIFACTS = Path.of("target", "artifacts");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portal().addClasses(QuestionForms.class, ReportSeeds.class);
    }

    @Inject
    BatchOperations batch;

    @Inject
    AsBatchOperator operator;

    @Inject
    JobRuns jobs;

    @Inject
    PortalConfig config;

    @Inject
    ReportSeeds seeds;

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    @ArquillianResource
    URL base;

    @Test
    void aRunStoresTheMonthAndARerunSupersedesIt() throws Exception {
        WebClient web = new WebClient(base.toURI());
        String password = DemoPasswords.of("vanhanh");

        long keptBefore = keptReportFiles();
        ExecutionView first = run(Map.of("month", QUIET_MONTH));
        assertThat(first.batchStatus()).as(first.toString()).isEqualTo("COMPLETED");
        assertThat(keptReportFiles())
                .as("the run keeps its PDF, ODS and CSV in the file store")
                .isEqualTo(keptBefore + 3);
        assertThat(first.steps()).extracting(ExecutionView.StepView::name).contains("compute", "store");

        JsonObject list = json(web.get("api/v1/reports?kind=MONTHLY&period=" + QUIET_MONTH, "vanhanh", password));
        assertThat(list.getInt("totalItems")).isEqualTo(1);
        JsonObject summary = list.getJsonArray("items").getJsonObject(0);
        assertThat(summary.getString("state")).isEqualTo("CURRENT");
        assertThat(summary.getInt("version")).isEqualTo(1);
        long firstId = summary.getJsonNumber("id").longValue();

        HttpResponse<String> detailResponse = web.get("api/v1/reports/" + firstId, "vanhanh", password);
        assertThat(detailResponse.statusCode()).isEqualTo(200);
        JsonObject detail = json(detailResponse);
        assertThat(detail.getJsonArray("sections").getValuesAs(JsonObject.class))
                .extracting(section -> section.getString("key"))
                .containsExactly("articles", "deadlines", "qa", "eservices", "consultations", "access");
        assertThat(detail.getJsonArray("sections")
                        .getJsonObject(5)
                        .getJsonArray("rows")
                        .getValuesAs(JsonObject.class))
                .as("page views and API calls, both rows even before the counter counted anything")
                .extracting(row -> row.getJsonArray("labels").getString(0))
                .containsExactly("Lượt xem trang / Page views", "Lượt gọi API / API calls");
        JsonObject qa = detail.getJsonArray("sections").getJsonObject(2);
        assertThat(qa.getJsonArray("rows"))
                .as("every agency of the structure has a row")
                .hasSizeGreaterThan(2);
        assertThat(qa.getJsonArray("rows").getValuesAs(JsonObject.class))
                .extracting(row -> row.getJsonArray("labels").getString(0))
                .contains("Sở Tư pháp");
        assertThat(qa.getJsonArray("rows").getValuesAs(JsonObject.class)).allSatisfy(row -> assertThat(
                        row.getJsonObject("values").getJsonNumber("received").intValue())
                .isZero());
        assertThat(detail.getJsonObject("files").keySet()).containsExactly("pdf", "ods", "csv");

        HttpResponse<byte[]> pdf =
                bytes(web, URI.create(detail.getJsonObject("files").getString("pdf")), password);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String text = PdfText.of(pdf.body());
        assertThat(text).contains("Báo cáo tháng", "Monthly report", QUIET_MONTH, "Hỏi đáp theo cơ quan", "Sở Tư pháp");

        HttpResponse<byte[]> csv =
                bytes(web, URI.create(detail.getJsonObject("files").getString("csv")), password);
        String table = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(table).contains("Cơ quan / Agency", "Tiếp nhận / Received", "Sở Tư pháp");
        HttpResponse<byte[]> ods =
                bytes(web, URI.create(detail.getJsonObject("files").getString("ods")), password);
        assertThat(ods.statusCode()).isEqualTo(200);
        assertThat(ods.body()).startsWith((byte) 'P', (byte) 'K');

        ExecutionView rerun = run(Map.of("month", QUIET_MONTH));
        assertThat(rerun.batchStatus()).as(rerun.toString()).isEqualTo("COMPLETED");

        JsonObject both = json(web.get("api/v1/reports?kind=MONTHLY&period=" + QUIET_MONTH, "vanhanh", password));
        assertThat(both.getInt("totalItems")).isEqualTo(2);
        List<JsonObject> versions = both.getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(versions)
                .extracting(item -> item.getInt("version") + " " + item.getString("state"))
                .containsExactly("2 CURRENT", "1 SUPERSEDED");
        assertThat(json(web.get("api/v1/reports/" + firstId, "vanhanh", password))
                        .getString("state"))
                .isEqualTo("SUPERSEDED");

        WebClient console = new WebClient(base.toURI());
        console.login("vanhanh", password);
        HttpResponse<String> page = console.get("/admin/bao-cao/reports.xhtml");
        assertThat(page.statusCode()).as("the console's list of reports").isEqualTo(200);
        assertThat(page.body()).contains(QUIET_MONTH, "Hiện hành", "Đã thay thế", "Báo cáo tháng");
    }

    /**
     * The demo data's dossiers, questions and comments of last month (seeded days ago through the
     * features' own services): the report's totals are what a plain SQL count over the month's
     * bounds in the portal's zone finds, and some agency has activity.
     */
    @Test
    void lastMonthsFiguresAgreeWithTheRecordsOfThatMonth() throws Exception {
        WebClient web = new WebClient(base.toURI());
        String password = DemoPasswords.of("vanhanh");
        YearMonth month = YearMonth.now(config.zone()).minusMonths(1);
        Instant from = month.atDay(1).atStartOfDay(config.zone()).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(config.zone()).toInstant();

        ExecutionView run = run(Map.of());
        assertThat(run.batchStatus()).as(run.toString()).isEqualTo("COMPLETED");

        JsonObject list = json(web.get("api/v1/reports?kind=MONTHLY&period=" + month, "vanhanh", password));
        assertThat(list.getInt("totalItems"))
                .as("the default month is the last one")
                .isGreaterThanOrEqualTo(1);
        JsonObject current = list.getJsonArray("items").getJsonObject(0);
        assertThat(current.getString("state")).isEqualTo("CURRENT");
        JsonObject detail =
                json(web.get("api/v1/reports/" + current.getJsonNumber("id").longValue(), "vanhanh", password));

        long dossiers = count(
                "select count(*) from eservice_application where submitted_at >= ? and submitted_at < ?", from, to);
        long questions = count(
                "select count(*) from qa_question where receivedAt >= ? and receivedAt < ? and PARENT_ID is null",
                from,
                to);
        assertThat(dossiers + questions)
                .as("the demo data has activity last month")
                .isPositive();
        assertThat(total(detail, "eservices", "received")).isEqualTo(dossiers);
        assertThat(total(detail, "qa", "received")).isEqualTo(questions);

        // Kept for the eye: CI renders its first page to PNG next to it (.ci/run, pdftoppm).
        HttpResponse<byte[]> pdf =
                bytes(web, URI.create(detail.getJsonObject("files").getString("pdf")), password);
        assertThat(PdfText.of(pdf.body())).contains(month.toString(), "Sở Tư pháp");
        Files.createDirectories(ARTIFACTS);
        Files.write(ARTIFACTS.resolve("monthly-report.pdf"), pdf.body());
    }

    /**
     * A month the test makes itself, across two agencies, through the Q&A services and then moved
     * into June 2003 (the services stamp today; the report reads the stamps): the Department of
     * Justice answers one question within its deadline and one after it, a third is refused before
     * routing, and the Department of Health leaves one open past its deadline. No holiday falls
     * in those weeks, so the working days are plain weekdays.
     */
    @Test
    void aSeededMonthsQuestionsAreCountedByAgencyAndByDeadline() throws Exception {
        long onTime = seeds.routed("tu-phap-ho-tich", "so-tu-phap");
        long late = seeds.routed("tu-phap-ho-tich", "so-tu-phap");
        long refused = seeds.asked("linh-vuc-khac");
        long open = seeds.routed("y-te", "so-y-te");
        seeds.answer(onTime);
        seeds.answer(late);
        seeds.refuse(refused);

        // Received Monday 2 June, due Friday 13 June (both clocks start on the day of receipt).
        for (long id : List.of(onTime, late, refused, open)) {
            seeds.receivedAt(id, "2003-06-02T09:00", "2003-06-13");
        }
        seeds.answeredAt(onTime, "2003-06-05T10:00");
        seeds.answeredAt(late, "2003-06-20T10:00");
        seeds.refusedAt(refused, "2003-06-03T10:00");

        ExecutionView run = run(Map.of("month", SEEDED_MONTH.toString()));
        assertThat(run.batchStatus()).as(run.toString()).isEqualTo("COMPLETED");
        WebClient web = new WebClient(base.toURI());
        String password = DemoPasswords.of("vanhanh");
        JsonObject list = json(web.get("api/v1/reports?kind=MONTHLY&period=" + SEEDED_MONTH, "vanhanh", password));
        JsonObject report = json(web.get(
                "api/v1/reports/" + list.getJsonArray("items").getJsonObject(0).getJsonNumber("id"),
                "vanhanh",
                password));

        assertThat(total(report, "qa", "received")).isEqualTo(4);
        assertThat(total(report, "qa", "refused")).isEqualTo(1);
        JsonObject justice = row(report, "qa", "Sở Tư pháp");
        assertThat(justice.getJsonNumber("received").intValue()).isEqualTo(2);
        assertThat(justice.getJsonNumber("answeredOnTime").intValue()).isEqualTo(1);
        assertThat(justice.getJsonNumber("answeredLate").intValue()).isEqualTo(1);
        assertThat(justice.getJsonNumber("openPastDue").intValue()).isZero();
        assertThat(justice.getJsonNumber("averageAnswerDays").doubleValue())
                .as("3 and 14 working days from Monday 2 June to Thursday 5 and Friday 20 June")
                .isEqualTo(8.5);
        JsonObject health = row(report, "qa", "Sở Y tế");
        assertThat(health.getJsonNumber("received").intValue()).isEqualTo(1);
        assertThat(health.getJsonNumber("answeredOnTime").intValue()
                        + health.getJsonNumber("answeredLate").intValue())
                .isZero();
        assertThat(health.getJsonNumber("openPastDue").intValue()).isEqualTo(1);
        assertThat(row(report, "qa", "Sở Giáo dục và Đào tạo")
                        .getJsonNumber("received")
                        .intValue())
                .as("a quiet agency has its row of zeros")
                .isZero();
    }

    private static JsonObject row(JsonObject report, String key, String label) {
        return report.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .filter(section -> section.getString("key").equals(key))
                .flatMap(section -> section.getJsonArray("rows").getValuesAs(JsonObject.class).stream())
                .filter(row -> row.getJsonArray("labels").getString(0).equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No row " + label + " in " + key))
                .getJsonObject("values");
    }

    @Test
    void aMonthNotOverIsRefusedOnPeriodAndNoReportAppears() throws Exception {
        WebClient web = new WebClient(base.toURI());
        String password = DemoPasswords.of("vanhanh");

        HttpResponse<String> future = web.get("api/v1/reports?kind=MONTHLY&period=2099-01", "vanhanh", password);
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(future.body()).contains("period");
        assertThat(web.get("api/v1/reports?period=2026-13", "vanhanh", password).statusCode())
                .isEqualTo(400);

        HttpResponse<String> refused =
                web.send(HttpRequest.newBuilder(web.resolve("api/v1/batch/jobs/monthly-report/executions"))
                        .header("Authorization", WebClient.basic("vanhanh", password))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"parameters\":{\"month\":\"2099-01\"}}"))
                        .build());
        assertThat(refused.statusCode())
                .as("a month not over is refused at the start")
                .isEqualTo(400);
        assertThat(refused.body()).contains("parameters.month");

        // Started past the catalogue's check (as an old execution's parameters could be), the job refuses it itself.
        Properties notOver = new Properties();
        notOver.setProperty("month", "2099-01");
        ExecutionView failed = jobs.awaitEnd(BatchRuntime.getJobOperator().start("monthly-report", notOver));
        assertThat(failed.batchStatus()).isEqualTo("FAILED");
        assertThat(json(web.get("api/v1/reports?kind=MONTHLY", "vanhanh", password))
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class))
                .extracting(item -> item.getString("period"))
                .doesNotContain("2099-01");

        long restartedId = operator.call(() -> batch.restart(failed.id(), Map.of("month", "2001-03")));
        ExecutionView restarted = jobs.awaitEnd(restartedId);
        assertThat(restarted.batchStatus()).as(restarted.toString()).isEqualTo("COMPLETED");
        JsonObject completed = json(web.get("api/v1/reports?kind=MONTHLY&period=2001-03", "vanhanh", password));
        assertThat(completed.getInt("totalItems"))
                .as("the restart stored the report once")
                .isEqualTo(1);
    }

    /**
     * Without a role of the archive the reports are the published statistics only (none of these
     * quiet months is published), and the files stay for the roles.
     */
    @Test
    void unpublishedReportsAndFilesNeedARole() throws Exception {
        WebClient web = new WebClient(base.toURI());
        String password = DemoPasswords.of("vanhanh");
        ExecutionView run = run(Map.of("month", "2001-04"));
        assertThat(run.batchStatus()).as(run.toString()).isEqualTo("COMPLETED");
        long id = json(web.get("api/v1/reports?kind=MONTHLY&period=2001-04", "vanhanh", password))
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();

        assertThat(json(web.get("api/v1/reports?kind=MONTHLY&period=2001-04")).getInt("totalItems"))
                .as("an unpublished report is not listed for the public")
                .isZero();
        HttpResponse<String> anonymous = web.get("api/v1/reports/" + id);
        assertThat(anonymous.statusCode()).isEqualTo(404);
        assertThat(anonymous.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(web.get("api/v1/reports/" + id, "traloi-sotp", DemoPasswords.of("traloi-sotp"))
                        .statusCode())
                .as("an answerer has no role of the archive")
                .isEqualTo(404);
        assertThat(web.get("api/v1/report-archive/" + id + "/pdf").statusCode()).isEqualTo(401);
        assertThat(web.get("api/v1/report-archive/" + id + "/pdf", "traloi-sotp", DemoPasswords.of("traloi-sotp"))
                        .statusCode())
                .isEqualTo(403);
    }

    private long count(String sql, Instant from, Instant to) throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setTimestamp(1, Timestamp.valueOf(LocalDateTime.ofInstant(from, ZoneOffset.UTC)));
            query.setTimestamp(2, Timestamp.valueOf(LocalDateTime.ofInstant(to, ZoneOffset.UTC)));
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static long total(JsonObject report, String key, String column) {
        return report.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .filter(section -> section.getString("key").equals(key))
                .flatMap(section -> section.getJsonArray("rows").getValuesAs(JsonObject.class).stream())
                .mapToLong(
                        row -> row.getJsonObject("values").getJsonNumber(column).longValue())
                .sum();
    }

    /** The report files in the file store under {@code $PORTAL_DATA}, outside the web root. */
    private static long keptReportFiles() throws IOException {
        try (Stream<Path> all = Files.walk(Path.of(System.getProperty("portal.data")))) {
            return all.filter(Files::isRegularFile)
                    .map(Path::toString)
                    .filter(path -> path.contains("/bao-cao/") && !path.contains("/incoming/"))
                    .count();
        }
    }

    private ExecutionView run(Map<String, String> parameters) throws Exception {
        return jobs.awaitEnd(operator.call(() -> batch.start("monthly-report", parameters)));
    }

    private static HttpResponse<byte[]> bytes(WebClient web, URI file, String password) {
        return web.sendForBytes(HttpRequest.newBuilder(file)
                .header("Authorization", WebClient.basic("vanhanh", password))
                .GET()
                .build());
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
