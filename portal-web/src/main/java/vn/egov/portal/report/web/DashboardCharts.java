package vn.egov.portal.report.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import vn.egov.portal.platform.i18n.control.PortalMessages;
import vn.egov.portal.report.control.AgencyEvaluation;
import vn.egov.portal.report.control.Figures;
import vn.egov.portal.report.control.ReportTrends;

/**
 * The Chart.js models (the JSON {@code <p:chart>} takes) of a monthly report's dashboard, every
 * title, axis and legend in the reader's language. A month without a report is {@code null} in its
 * series, which Chart.js draws as a gap; a rate with nothing due is {@code null} too, no bar.
 */
final class DashboardCharts {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private static final String BLUE = "#1f5fa8";
    private static final String GREEN = "#2e7d32";
    private static final String AMBER = "#c77700";
    private static final String RED = "#b3261e";
    private static final String PURPLE = "#6a4c93";

    private DashboardCharts() {}

    /** Articles, questions and applications on the left axis, page views (larger) on the right. */
    static String trends(ReportTrends.Dashboard dashboard, Locale locale) {
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(monthly(dashboard, ReportTrends.ARTICLES_PUBLISHED, BLUE, locale)
                        .add("yAxisID", "y"))
                .add(monthly(dashboard, ReportTrends.QUESTIONS, GREEN, locale).add("yAxisID", "y"))
                .add(monthly(dashboard, ReportTrends.APPLICATIONS, AMBER, locale)
                        .add("yAxisID", "y"))
                .add(monthly(dashboard, ReportTrends.PAGE_VIEWS_MEASURE, PURPLE, locale)
                        .add("yAxisID", "y1")
                        .add("borderDash", Json.createArrayBuilder().add(6).add(4)));
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add("x", axis(text(locale, "report.dashboard.axis.month")))
                .add("y", axis(text(locale, "report.dashboard.axis.count")).add("beginAtZero", true))
                .add(
                        "y1",
                        axis(text(locale, "report.dashboard.axis.pageViews"))
                                .add("beginAtZero", true)
                                .add("position", "right")
                                .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false)));
        return chart("line", months(dashboard), datasets, options(text(locale, "report.dashboard.trends"), scales));
    }

    /**
     * The month's on-time rates in percent of the agencies with at least one, as horizontal bars
     * (agency names are long); the page names the others.
     */
    static String rates(ReportTrends.Dashboard dashboard, Locale locale) {
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(rateSet(dashboard, ReportTrends.AgencyRates::deadlines, "deadlines", BLUE, locale))
                .add(rateSet(dashboard, ReportTrends.AgencyRates::qa, "qa", GREEN, locale))
                .add(rateSet(dashboard, ReportTrends.AgencyRates::eservices, "eservices", AMBER, locale));
        return agencyBars(
                dashboard.rated().stream().map(ReportTrends.AgencyRates::agency).toList(),
                datasets,
                "report.dashboard.axis.percent",
                "report.dashboard.rates",
                locale);
    }

    /** An agency evaluation's scores, 0–100, one horizontal bar per scored agency in rank order. */
    static String scores(Figures figures, Locale locale) {
        List<Figures.Row> scored = AgencyEvaluation.scored(figures);
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(text(locale, "report.column.score"), values(scored, AgencyEvaluation::score), BLUE));
        return agencyBars(
                scored.stream().map(row -> row.labels().get(0)).toList(),
                datasets,
                "report.dashboard.axis.score",
                "report.dashboard.scores",
                locale);
    }

    /** Horizontal bars from 0 to 100, one row per agency (agency names are long). */
    private static String agencyBars(
            List<String> agencies, JsonArrayBuilder datasets, String valueAxisKey, String titleKey, Locale locale) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        agencies.forEach(agency -> labels.add(agencyLabel(agency)));
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add("x", axis(text(locale, valueAxisKey)).add("min", 0).add("max", 100))
                .add(
                        "y",
                        axis(text(locale, "report.column.agency"))
                                // Every name drawn: each bar is an agency.
                                .add("ticks", Json.createObjectBuilder().add("autoSkip", false)));
        return chart(
                "bar", labels, datasets, options(text(locale, titleKey), scales).add("indexAxis", "y"));
    }

    /** Questions received beside what became of the month's due questions, stacked. */
    static String questions(ReportTrends.Dashboard dashboard, Locale locale) {
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(monthly(dashboard, ReportTrends.QUESTIONS, BLUE, locale).add("stack", "received"))
                .add(monthly(dashboard, ReportTrends.QA_ON_TIME, GREEN, locale).add("stack", "outcome"))
                .add(monthly(dashboard, ReportTrends.QA_LATE, AMBER, locale).add("stack", "outcome"))
                .add(monthly(dashboard, ReportTrends.QA_OPEN_PAST_DUE, RED, locale)
                        .add("stack", "outcome"));
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add("x", axis(text(locale, "report.dashboard.axis.month")).add("stacked", true))
                .add(
                        "y",
                        axis(text(locale, "report.dashboard.axis.questions"))
                                .add("stacked", true)
                                .add("beginAtZero", true));
        return chart("bar", months(dashboard), datasets, options(text(locale, "report.dashboard.questions"), scales));
    }

    private static JsonObjectBuilder monthly(
            ReportTrends.Dashboard dashboard, String measure, String colour, Locale locale) {
        return dataset(
                text(locale, "report.dashboard.measure." + measure),
                values(dashboard.months(), month -> month.total(measure)),
                colour);
    }

    private static JsonObjectBuilder rateSet(
            ReportTrends.Dashboard dashboard,
            Function<ReportTrends.AgencyRates, BigDecimal> rate,
            String kind,
            String colour,
            Locale locale) {
        return dataset(text(locale, "report.dashboard.rate." + kind), values(dashboard.rated(), rate), colour);
    }

    private static <T> JsonArrayBuilder values(List<T> items, Function<T, BigDecimal> value) {
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (T item : items) {
            BigDecimal number = value.apply(item);
            if (number == null) {
                values.addNull();
            } else {
                values.add(number);
            }
        }
        return values;
    }

    /** Widest line of an agency's name on a bar's axis, in characters: a phone's canvas fits about this much. */
    static final int LABEL_LINE = 18;

    /**
     * An agency's name for a horizontal bar's axis: as it is when short, else as lines of whole words
     * (Chart.js draws an array as lines), since the axis cuts a long name off on a phone.
     */
    static JsonValue agencyLabel(String name) {
        if (name.length() <= LABEL_LINE) {
            return Json.createValue(name);
        }
        JsonArrayBuilder lines = Json.createArrayBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : name.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > LABEL_LINE) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        return lines.add(line.toString()).build();
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder()
                .add("label", label)
                .add("data", data)
                .add("borderColor", colour)
                .add("backgroundColor", colour)
                .add("spanGaps", false);
    }

    private static JsonArrayBuilder months(ReportTrends.Dashboard dashboard) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        dashboard.months().forEach(month -> labels.add(MONTH.format(month.month())));
        return labels;
    }

    private static String chart(
            String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, JsonObjectBuilder options) {
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build()
                .toString();
    }

    /**
     * Numbers on the axes and in the tooltips with the Vietnamese separators, in either language; no
     * animation: the figures are drawn once, still, for readers who would rather not see motion.
     */
    private static JsonObjectBuilder options(String title, JsonObjectBuilder scales) {
        return Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("locale", "vi")
                .add(
                        "plugins",
                        Json.createObjectBuilder()
                                .add(
                                        "title",
                                        Json.createObjectBuilder()
                                                .add("display", true)
                                                .add("text", title))
                                .add("legend", Json.createObjectBuilder().add("position", "bottom")))
                .add("scales", scales);
    }

    private static JsonObjectBuilder axis(String title) {
        return Json.createObjectBuilder()
                .add("title", Json.createObjectBuilder().add("display", true).add("text", title));
    }

    private static String text(Locale locale, String key) {
        return PortalMessages.get(locale, key);
    }
}
