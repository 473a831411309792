package vn.egov.portal.report.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.egov.portal.content.web.PublicPages;
import vn.egov.portal.platform.i18n.web.PortalLocale;
import vn.egov.portal.report.boundary.ReportDashboard;
import vn.egov.portal.report.boundary.ReportDashboards;
import vn.egov.portal.report.boundary.ReportView;
import vn.egov.portal.report.control.AgencyEvaluation;
import vn.egov.portal.report.control.Figures;
import vn.egov.portal.report.control.ReportTrends;
import vn.egov.portal.report.entity.ReportKind;

/**
 * One report's dashboard in the console (/admin/bao-cao/dashboard.xhtml?id=): for a monthly report
 * three charts, each with its numbers as a table beside it; for an agency evaluation its scores as
 * bars above its sections as tables; for another kind its sections as tables. An unknown id, or one that is no number, is a 404.
 */
@Named
@ViewScoped
public class ReportDashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The rates chart's height per agency, so long lists of agencies keep readable bars. */
    private static final int PIXELS_PER_AGENCY = 42;

    private static final int MINIMUM_HEIGHT = 240;

    @Inject
    transient ReportDashboards dashboards;

    @Inject
    transient PortalLocale locale;

    private transient ReportDashboard dashboard;

    @PostConstruct
    void init() {
        Long requested = PublicPages.longParam("id");
        dashboard = dashboards.dashboard(requested == null ? -1 : requested);
    }

    public ReportView getReport() {
        return dashboard.report();
    }

    public boolean isCharted() {
        return dashboard.charted();
    }

    public ReportTrends.Dashboard getTrends() {
        return dashboard.trends();
    }

    /** Whether the report is an agency evaluation with scored agencies: its scores are drawn as bars. */
    public boolean isScored() {
        return dashboard.report().kind() == ReportKind.AGENCY_EVALUATION
                && !AgencyEvaluation.scored(dashboard.report().figures()).isEmpty();
    }

    public String getScoreChart() {
        return DashboardCharts.scores(dashboard.report().figures(), locale.getLocale());
    }

    /** The scores chart's CSS height: its bars grow with the number of scored agencies. */
    public String getScoreChartStyle() {
        return height(AgencyEvaluation.scored(dashboard.report().figures()).size());
    }

    public String getTrendChart() {
        return DashboardCharts.trends(dashboard.trends(), locale.getLocale());
    }

    public String getRateChart() {
        return DashboardCharts.rates(dashboard.trends(), locale.getLocale());
    }

    public String getQuestionChart() {
        return DashboardCharts.questions(dashboard.trends(), locale.getLocale());
    }

    /** The rates chart's CSS height: its bars grow with the number of agencies. */
    public String getRateChartStyle() {
        return height(dashboard.trends().rated().size());
    }

    private static String height(int agencies) {
        return "height: " + Math.max(MINIMUM_HEIGHT, PIXELS_PER_AGENCY * agencies) + "px";
    }

    /** The months without a report, as the tables and charts name them (12/2025, 01/2026). */
    public String getMissingMonths() {
        return dashboard.trends().missing().stream()
                .map(DashboardCharts.MONTH::format)
                .collect(Collectors.joining(", "));
    }

    /** The agencies for which nothing came due in the month, for the sentence under the rates. */
    public String getUnratedAgencies() {
        return String.join(", ", dashboard.trends().unrated());
    }

    public String month(YearMonth month) {
        return DashboardCharts.MONTH.format(month);
    }

    public List<Figures.Section> getSections() {
        return dashboard.report().figures().sections();
    }

    /** A section's columns, labels first, for a table of a kind without charts. */
    public List<Column> columns(Figures.Section section) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < section.labelColumns().size(); i++) {
            columns.add(new Column(section.labelColumns().get(i), i, true));
        }
        for (int i = 0; i < section.valueColumns().size(); i++) {
            columns.add(new Column(section.valueColumns().get(i), i, false));
        }
        return columns;
    }

    /** A column of a section's table: its key ({@code report.column.<key>}) and where its cells are. */
    public record Column(String key, int index, boolean label) {}
}
