package vn.egov.portal.report;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.egov.portal.platform.config.boundary.PortalConfig;
import vn.egov.portal.report.boundary.ReportRuns;
import vn.egov.portal.report.control.Figures;
import vn.egov.portal.report.control.MonthlyFigures;
import vn.egov.portal.report.control.ReportPeriod;
import vn.egov.portal.report.control.SectionTally.Count;
import vn.egov.portal.report.entity.ReportKind;
import vn.egov.portal.test.PortalDeployment;
import vn.egov.portal.test.client.WebClient;
import vn.egov.portal.test.container.DemoPasswords;

/**
 * Issue 16's console dashboards on the real stack: the demo's latest monthly report opened by the
 * demo editor-in-chief carries the twelve months of the demo's stored reports, charts and tables,
 * and the figures its JSON gives; a kind without charts shows its sections as tables; an official
 * without a board role is refused, an unknown or non-number id is a 404 page, never a 500.
 */
@ExtendWith(ArquillianExtension.class)
class ReportDashboardIT {

    private static final String EDITOR = "bientap";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @Inject
    PortalConfig config;

    @Inject
    ReportRuns runs;

    @ArquillianResource
    URL base;

    @Test
    void theLatestMonthlyReportsDashboardShowsTwelveMonthsAndTheReportsFigures() throws Exception {
        WebClient api = new WebClient(base.toURI());
        String password = DemoPasswords.of(EDITOR);
        YearMonth last = YearMonth.now(config.zone()).minusMonths(1);
        JsonObject list = json(api.get("api/v1/reports?kind=MONTHLY&period=" + last, EDITOR, password));
        JsonObject latest = list.getJsonArray("items").getJsonObject(0);
        assertThat(latest.getString("state")).isEqualTo("CURRENT");
        long id = latest.getJsonNumber("id").longValue();
        JsonObject detail = json(api.get("api/v1/reports/" + id, EDITOR, password));
        long pageViews = section(detail, "access")
                .getJsonArray("rows")
                .getJsonObject(0)
                .getJsonObject("values")
                .getJsonNumber("requests")
                .longValue();
        String agency = section(detail, "qa")
                .getJsonArray("rows")
                .getJsonObject(0)
                .getJsonArray("labels")
                .getString(0);

        WebClient console = new WebClient(base.toURI());
        console.login(EDITOR, password);
        HttpResponse<String> reports = console.get("/admin/bao-cao/reports.xhtml");
        assertThat(reports.body())
                .as("each report of the list links its dashboard")
                .contains("/admin/bao-cao/dashboard.xhtml?id=" + id, "Biểu đồ");

        HttpResponse<String> page = console.get("/admin/bao-cao/dashboard.xhtml?id=" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        for (int back = 0; back < 12; back++) {
            assertThat(body).as("month %s of the twelve", back).contains(MONTH.format(last.minusMonths(back)));
        }
        assertThat(body)
                .doesNotContain(MONTH.format(last.minusMonths(12)))
                .contains("Cả 12 tháng đều có báo cáo tháng hiện hành.")
                .contains("Diễn biến 12 tháng", "Tỷ lệ đúng hạn theo cơ quan", "Hỏi đáp theo tháng")
                .contains("\"type\":\"line\"", "\"indexAxis\":\"y\"", "\"stack\":\"outcome\"")
                .contains(agency);
        assertThat(body.split("class=\"ui-chart", -1)).as("three charts").hasSize(4);
        assertThat(body)
                .as("the report's page views, with the Vietnamese separators in the table")
                .contains(">"
                        + NumberFormat.getInstance(Locale.forLanguageTag("vi")).format(pageViews) + "<");
    }

    @Test
    void theDemoHasTheLastQuartersAgencyEvaluationWithItsScoreChart() throws Exception {
        WebClient api = new WebClient(base.toURI());
        String password = DemoPasswords.of(EDITOR);
        String quarter =
                ReportPeriod.previousQuarter(Clock.systemUTC(), config.zone()).text();
        JsonObject list = json(api.get("api/v1/reports?kind=AGENCY_EVALUATION&period=" + quarter, EDITOR, password));
        assertThat(list.getInt("totalItems"))
                .as("the demo stores the last quarter's evaluation")
                .isEqualTo(1);
        long id =
                list.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject first = section(json(api.get("api/v1/reports/" + id, EDITOR, password)), "evaluation")
                .getJsonArray("rows")
                .getJsonObject(0);
        assertThat(first.getJsonObject("values").getJsonNumber("rank").intValue())
                .isEqualTo(1);

        WebClient console = new WebClient(base.toURI());
        console.login(EDITOR, password);
        String body = console.get("/admin/bao-cao/dashboard.xhtml?id=" + id).body();
        assertThat(body)
                .contains(
                        "Điểm đánh giá theo cơ quan",
                        first.getJsonArray("labels").getString(0))
                .contains("\"indexAxis\":\"y\"");
    }

    @Test
    void aKindWithoutChartsShowsItsSectionsAsTables() throws Exception {
        long id = runs.store(
                ReportKind.ROYALTY_STATEMENT,
                new Figures(
                        "2002-07",
                        List.of(MonthlyFigures.consultations(
                                List.of("Sở Tư pháp"),
                                List.of(new Count(List.of("Sở Tư pháp"), MonthlyFigures.COMMENTS, 1234))))));
        WebClient console = new WebClient(base.toURI());
        console.login(EDITOR, DemoPasswords.of(EDITOR));

        HttpResponse<String> page = console.get("/admin/bao-cao/dashboard.xhtml?id=" + id);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Loại báo cáo này không có biểu đồ", "Lấy ý kiến dự thảo theo cơ quan", "Sở Tư pháp", "1.234")
                .doesNotContain("class=\"ui-chart");
    }

    @Test
    void anOfficialWithoutABoardRoleIsRefusedAndABadIdIsNotFound() throws Exception {
        WebClient answerer = new WebClient(base.toURI());
        answerer.login("traloi-sotp", DemoPasswords.of("traloi-sotp"));
        assertThat(answerer.get("/admin/bao-cao/dashboard.xhtml?id=1").statusCode())
                .isEqualTo(403);

        WebClient console = new WebClient(base.toURI());
        console.login(EDITOR, DemoPasswords.of(EDITOR));
        HttpResponse<String> unknown = console.get("/admin/bao-cao/dashboard.xhtml?id=987654321");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Không tìm thấy").doesNotContain("NotFoundException");
        assertThat(console.get("/admin/bao-cao/dashboard.xhtml?id=abc").statusCode())
                .isEqualTo(404);
        assertThat(console.get("/admin/bao-cao/dashboard.xhtml").statusCode()).isEqualTo(404);
    }

    private static JsonObject section(JsonObject report, String key) {
        return report.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .filter(section -> section.getString("key").equals(key))
                .findFirst()
                .orElseThrow();
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
