package vn.egov.portal.report;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.egov.portal.batch.boundary.ExecutionView;
import vn.egov.portal.qa.QuestionForms;
import vn.egov.portal.test.PortalDeployment;
import vn.egov.portal.test.client.OdfContent;
import vn.egov.portal.test.client.PdfText;
import vn.egov.portal.test.client.WebClient;
import vn.egov.portal.test.container.DemoPasswords;
import vn.egov.portal.test.container.JobRuns;

/**
 * Article 20.2 on the real stack: a quarter (2004-Q3, long before the demo's activity) in which
 * the Department of Health meets both its update deadlines and answers one question of two on
 * time, the Department of Justice meets its one deadline late and answers both questions on time,
 * and the Department of Education does nothing. Neither has e-services or articles then, so with
 * the default weights (40/30/20/10) only updates and answers apply:
 * Health 100 × (40 × 1 + 30 × 0.5) / 70 = 78.571 → 78.6, rank 1;
 * Justice 100 × (40 × 0 + 30 × 1) / 70 = 42.857 → 42.9, rank 2;
 * Education and every other quiet agency: no activity, rank 3.
 */
@ExtendWith(ArquillianExtension.class)
class AgencyEvaluationIT {

    private static final String QUARTER = "2004-Q3";
    private static final String HEALTH = "Sở Y tế";
    private static final String JUSTICE = "Sở Tư pháp";
    private static final String EDUCATION = "Sở Giáo dục và Đào tạo";
    private static final String OPERATOR = "vanhanh";

    /** Where the build keeps files for a person to look at (failsafe runs in the module's folder). */
    private static final Path ARTIFACTS = Path.of("target", "artifacts");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portal().addClasses(QuestionForms.class, ReportSeeds.class);
    }

    @Inject
    JobRuns jobs;

    @Inject
    ReportSeeds seeds;

    @ArquillianResource
    URL base;

    @Test
    void aQuarterIsScoredRankedStoredAndSupersededByARerun() throws Exception {
        seedTheQuarter();
        WebClient web = new WebClient(base.toURI());
        String password = DemoPasswords.of(OPERATOR);

        ExecutionView first = jobs.run("agency-evaluation", Map.of("period", QUARTER));
        assertThat(first.batchStatus()).as(first.toString()).isEqualTo("COMPLETED");

        JsonObject list = json(web.get("api/v1/reports?kind=AGENCY_EVALUATION&period=" + QUARTER, OPERATOR, password));
        assertThat(list.getInt("totalItems")).isEqualTo(1);
        long firstId =
                list.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject report = json(web.get("api/v1/reports/" + firstId, OPERATOR, password));
        assertThat(report.getJsonArray("sections").getValuesAs(JsonObject.class))
                .extracting(section -> section.getString("key"))
                .containsExactly("evaluation", "evaluationCounts", "weights");

        List<JsonObject> rows = rows(report, "evaluation");
        assertThat(rows).extracting(AgencyEvaluationIT::agency).startsWith(HEALTH, JUSTICE);
        assertThat(rows.size()).as("every agency of the tree has a row").isGreaterThan(10);
        JsonObject health = values(rows, HEALTH);
        assertThat(number(health, "rank")).isEqualTo("1");
        assertThat(number(health, "score")).isEqualTo("78.6");
        assertThat(number(health, "deadlinesOnTimePercent")).isEqualTo("100.0");
        assertThat(number(health, "qaOnTimePercent")).isEqualTo("50.0");
        JsonObject healthCounts = values(rows(report, "evaluationCounts"), HEALTH);
        assertThat(number(healthCounts, "deadlinesDue")).isEqualTo("2");
        assertThat(number(healthCounts, "questionsDue")).isEqualTo("2");
        assertThat(number(healthCounts, "applicationsDecided")).isEqualTo("0");
        JsonObject justice = values(rows, JUSTICE);
        assertThat(number(justice, "rank")).isEqualTo("2");
        assertThat(number(justice, "score")).isEqualTo("42.9");
        assertThat(number(justice, "deadlinesOnTimePercent")).isEqualTo("0.0");
        assertThat(number(justice, "qaOnTimePercent")).isEqualTo("100.0");
        JsonObject education = row(rows, EDUCATION);
        assertThat(education.getJsonArray("labels").getString(1)).isEqualTo("Không có hoạt động / No activity");
        assertThat(number(education.getJsonObject("values"), "rank")).isEqualTo("3");
        assertThat(number(education.getJsonObject("values"), "score")).isEqualTo("0.0");
        assertThat(rows(report, "weights"))
                .extracting(row ->
                        row.getJsonObject("values").getJsonNumber("weight").intValue())
                .containsExactly(40, 30, 20, 10);

        byte[] pdf = file(web, report, "pdf", password);
        String text = PdfText.of(pdf);
        assertThat(text)
                .contains("Đánh giá cơ quan", "Agency evaluation", QUARTER, "Hạng / Rank", HEALTH, "78,6", "42,9")
                .contains("Không có hoạt động", "Trọng số dùng để tính điểm");
        Files.createDirectories(ARTIFACTS);
        Files.write(ARTIFACTS.resolve("agency-evaluation.pdf"), pdf);
        String ods = OdfContent.of(file(web, report, "ods", password));
        assertThat(ods).contains(HEALTH, EDUCATION).contains("office:value=\"78.6\"", "office:value=\"42.9\"");

        ExecutionView rerun = jobs.run("agency-evaluation", Map.of("period", QUARTER));
        assertThat(rerun.batchStatus()).as(rerun.toString()).isEqualTo("COMPLETED");
        JsonObject both = json(web.get("api/v1/reports?kind=AGENCY_EVALUATION&period=" + QUARTER, OPERATOR, password));
        assertThat(both.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(item -> item.getInt("version") + " " + item.getString("state"))
                .containsExactly("2 CURRENT", "1 SUPERSEDED");

        WebClient console = new WebClient(base.toURI());
        console.login(OPERATOR, password);
        HttpResponse<String> page = console.get("/admin/bao-cao/reports.xhtml");
        assertThat(page.body()).contains(QUARTER, "Đánh giá cơ quan");
        HttpResponse<String> dashboard = console.get("/admin/bao-cao/dashboard.xhtml?id=" + firstId);
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains(HEALTH, "78,6", "Điểm đánh giá theo cơ quan");
    }

    /** Started from the API, a month, a quarter not over and text that is no period are a 400 on the parameter. */
    @Test
    void aPeriodThatIsNoEndedQuarterOrYearIsRefusedOnTheField() throws Exception {
        WebClient web = new WebClient(base.toURI());
        String password = DemoPasswords.of(OPERATOR);
        for (String period : List.of("2004-08", "2099-Q1", "quý ba")) {
            HttpResponse<String> refused = web.send(HttpRequest.newBuilder(
                            web.resolve("/api/v1/batch/jobs/agency-evaluation/executions"))
                    .header("Authorization", WebClient.basic(OPERATOR, password))
                    .header("Content-Type", "application/json")
                    .header("Accept-Language", "vi")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                            .add("parameters", Json.createObjectBuilder().add("period", period))
                            .build()
                            .toString()))
                    .build());
            assertThat(refused.statusCode()).as(period + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.body()).contains("parameters.period", "quý (2026-Q3) hoặc một năm (2026)");
        }
    }

    /**
     * Started past the API's check (as a restart or another client of the job operator could), the
     * job refuses a month itself: the run fails and no evaluation of that month appears; a restart
     * with a quarter then stores it once.
     */
    @Test
    void theJobItselfRefusesAMonthAndARestartWithAQuarterStoresOnce() throws Exception {
        WebClient web = new WebClient(base.toURI());
        String password = DemoPasswords.of(OPERATOR);
        Properties month = new Properties();
        month.setProperty("period", "2004-08");
        long started = BatchRuntime.getJobOperator().start("agency-evaluation", month);
        ExecutionView failed = jobs.awaitEnd(started);
        assertThat(failed.batchStatus()).isEqualTo("FAILED");
        assertThat(json(web.get("api/v1/reports?kind=AGENCY_EVALUATION", OPERATOR, password))
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class))
                .extracting(item -> item.getString("period"))
                .doesNotContain("2004-08");

        Properties year = new Properties();
        year.setProperty("period", "2002");
        ExecutionView restarted = jobs.awaitEnd(BatchRuntime.getJobOperator().restart(started, year));
        assertThat(restarted.batchStatus()).as(restarted.toString()).isEqualTo("COMPLETED");
        JsonObject stored = json(web.get("api/v1/reports?kind=AGENCY_EVALUATION&period=2002", OPERATOR, password));
        assertThat(stored.getInt("totalItems")).isEqualTo(1);
        JsonObject report = json(web.get(
                "api/v1/reports/"
                        + stored.getJsonArray("items").getJsonObject(0).getJsonNumber("id"),
                OPERATOR,
                password));
        assertThat(rows(report, "evaluation"))
                .as("a year without activity: every agency listed, all sharing rank 1 with no activity")
                .allSatisfy(row ->
                        assertThat(number(row.getJsonObject("values"), "rank")).isEqualTo("1"));
    }

    /** A weight that is no whole number 0–100 fails the run before anything is computed: no report. */
    @Test
    void aBadWeightSettingFailsTheRunAndStoresNothing() throws Exception {
        WebClient web = new WebClient(base.toURI());
        String password = DemoPasswords.of(OPERATOR);
        ExecutionView failed;
        System.setProperty("portal.report.evaluation.weight.qa", "ba mươi");
        try {
            failed = jobs.run("agency-evaluation", Map.of("period", "2001"));
        } finally {
            System.clearProperty("portal.report.evaluation.weight.qa");
        }
        assertThat(failed.batchStatus()).as(failed.toString()).isEqualTo("FAILED");
        assertThat(json(web.get("api/v1/reports?kind=AGENCY_EVALUATION&period=2001", OPERATOR, password))
                        .getInt("totalItems"))
                .isZero();
    }

    /**
     * Health: two update deadlines met on time, one question answered on time and one late;
     * Justice: one deadline met two working days late, two questions answered on time.
     */
    private void seedTheQuarter() throws Exception {
        // The demo's one answerer is the Department of Justice's: it answers all four, and two are
        // then moved to Health, as if Health had answered them.
        long healthOnTime = seeds.routed("tu-phap-ho-tich", "so-tu-phap");
        long healthLate = seeds.routed("tu-phap-ho-tich", "so-tu-phap");
        long justiceFirst = seeds.routed("tu-phap-ho-tich", "so-tu-phap");
        long justiceSecond = seeds.routed("tu-phap-ho-tich", "so-tu-phap");
        for (long id : List.of(healthOnTime, healthLate, justiceFirst, justiceSecond)) {
            seeds.answer(id);
            // Received Monday 5 July 2004, due Friday 23 July.
            seeds.receivedAt(id, "2004-07-05T09:00", "2004-07-23");
        }
        for (long id : List.of(healthOnTime, healthLate)) {
            seeds.update(
                    "update qa_question set agency_id = (select u.id from org_unit u where u.code = 'so-y-te')"
                            + " where id = ?",
                    id);
        }
        seeds.answeredAt(healthOnTime, "2004-07-12T10:00");
        seeds.answeredAt(healthLate, "2004-08-02T10:00");
        seeds.answeredAt(justiceFirst, "2004-07-20T10:00");
        seeds.answeredAt(justiceSecond, "2004-07-23T16:00");
        obligation(990_000_001L, "so-y-te", "2004-08-10T09:00", 0);
        obligation(990_000_002L, "so-y-te", "2004-09-15T09:00", 0);
        obligation(990_000_003L, "so-tu-phap", "2004-09-20T09:00", 2);
    }

    /** An update deadline of the unit fulfilled at {@code fulfilled}, {@code late} working days late. */
    private void obligation(long id, String unit, String fulfilled, int late) throws Exception {
        seeds.update(
                "insert into obligation (id, duedate, fulfilledat, kind, latebyworkingdays, state, status,"
                        + " subjectid, subjecttitle, triggerdate, workingdays, unit_id)"
                        + " select ?, DATE '2004-08-01', ?, 'legal-document', ?, 'FULFILLED', 'ON_TRACK',"
                        + " ?, 'Văn bản thử', DATE '2004-07-28', 2, u.id from org_unit u where u.code = ?",
                id,
                ReportSeeds.at(fulfilled),
                late,
                id,
                unit);
    }

    private static List<JsonObject> rows(JsonObject report, String key) {
        return report.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .filter(section -> section.getString("key").equals(key))
                .findFirst()
                .orElseThrow()
                .getJsonArray("rows")
                .getValuesAs(JsonObject.class);
    }

    private static String agency(JsonObject row) {
        return row.getJsonArray("labels").getString(0);
    }

    private static JsonObject row(List<JsonObject> rows, String agency) {
        return rows.stream()
                .filter(row -> agency(row).equals(agency))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No row " + agency));
    }

    private static JsonObject values(List<JsonObject> rows, String agency) {
        return row(rows, agency).getJsonObject("values");
    }

    private static String number(JsonObject values, String column) {
        return values.getJsonNumber(column).bigDecimalValue().toPlainString();
    }

    private static byte[] file(WebClient web, JsonObject report, String format, String password) {
        HttpResponse<byte[]> file = web.sendForBytes(
                HttpRequest.newBuilder(URI.create(report.getJsonObject("files").getString(format)))
                        .header("Authorization", WebClient.basic(OPERATOR, password))
                        .GET()
                        .build());
        assertThat(file.statusCode()).as(format).isEqualTo(200);
        return file.body();
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
