package vn.egov.portal.report.control;

import static vn.egov.portal.report.control.MonthlyFigures.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a monthly report's dashboard draws, added up from the stored figures of the months: the
 * twelve months ending at the report's month, oldest first, each with its totals or, when no
 * report covers it, none (a gap, never a made-up zero); and the report month's on-time rates per
 * agency. A rate is a percentage with one decimal (half up) of the cases that came due, and no rate
 * at all when nothing came due: on time over on time and late for update deadlines and
 * e-services; for Q&A a question still open past its deadline counts as late too.
 */
public final class ReportTrends {

    public static final int MONTHS = 12;

    /** The totals of a month, by measure: keys of {@code report.dashboard.measure.<key>}. */
    public static final String ARTICLES_PUBLISHED = "articlesPublished";

    public static final String QUESTIONS = "questions";
    public static final String APPLICATIONS = "applications";
    public static final String PAGE_VIEWS_MEASURE = "pageViews";
    public static final String QA_ON_TIME = ANSWERED_ON_TIME;
    public static final String QA_LATE = ANSWERED_LATE;
    public static final String QA_OPEN_PAST_DUE = OPEN_PAST_DUE;

    private static final List<Measure> MEASURES = List.of(
            new Measure(ARTICLES_PUBLISHED, ARTICLES, PUBLISHED, row -> true),
            new Measure(QUESTIONS, QA, RECEIVED, row -> true),
            new Measure(APPLICATIONS, ESERVICES, RECEIVED, row -> true),
            new Measure(
                    PAGE_VIEWS_MEASURE, ACCESS, REQUESTS, row -> row.labels().contains(PAGE_VIEWS)),
            new Measure(QA_ON_TIME, QA, ANSWERED_ON_TIME, row -> true),
            new Measure(QA_LATE, QA, ANSWERED_LATE, row -> true),
            new Measure(QA_OPEN_PAST_DUE, QA, OPEN_PAST_DUE, row -> true));

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ReportTrends() {}

    /** One month of the trend: its totals by measure, or empty totals when no report covers it. */
    public record Month(YearMonth month, Map<String, BigDecimal> totals) {

        public Month {
            totals = Map.copyOf(totals);
        }

        public boolean reported() {
            return !totals.isEmpty();
        }

        /** The month's total of {@code measure}; {@code null} for a month without a report. */
        public BigDecimal total(String measure) {
            return totals.get(measure);
        }
    }

    /** One agency's on-time rates in percent; {@code null} where nothing came due. */
    public record AgencyRates(String agency, BigDecimal deadlines, BigDecimal qa, BigDecimal eservices) {

        /** Whether anything came due for the agency in the month, so it has at least one rate. */
        public boolean rated() {
            return deadlines != null || qa != null || eservices != null;
        }
    }

    /** Everything a monthly dashboard shows. */
    public record Dashboard(YearMonth month, List<Month> months, List<AgencyRates> rates) {

        public Dashboard {
            months = List.copyOf(months);
            rates = List.copyOf(rates);
        }

        /** The agencies with at least one rate, in the rates' order: what the rates chart draws. */
        public List<AgencyRates> rated() {
            return rates.stream().filter(AgencyRates::rated).toList();
        }

        /** The agencies for which nothing came due in the month. */
        public List<String> unrated() {
            return rates.stream()
                    .filter(rate -> !rate.rated())
                    .map(AgencyRates::agency)
                    .toList();
        }

        /** The months no report covers, oldest first. */
        public List<YearMonth> missing() {
            return months.stream().filter(m -> !m.reported()).map(Month::month).toList();
        }
    }

    /** The twelve months ending at {@code last}, oldest first. */
    public static List<YearMonth> months(YearMonth last) {
        List<YearMonth> months = new ArrayList<>(MONTHS);
        for (int back = MONTHS - 1; back >= 0; back--) {
            months.add(last.minusMonths(back));
        }
        return months;
    }

    /** The dashboard of {@code month} from the figures of the months that have a report. */
    public static Dashboard of(YearMonth month, Map<YearMonth, Figures> reported) {
        List<Month> months = months(month).stream()
                .map(each -> new Month(
                        each,
                        Optional.ofNullable(reported.get(each))
                                .map(ReportTrends::totals)
                                .orElse(Map.of())))
                .toList();
        Figures current = reported.get(month);
        return new Dashboard(month, months, current == null ? List.of() : rates(current));
    }

    /** The month's totals of every measure; a section the figures lack adds up to zero. */
    public static Map<String, BigDecimal> totals(Figures figures) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        for (Measure measure : MEASURES) {
            totals.put(measure.key(), sum(figures, measure.section(), measure.column(), measure.rows()));
        }
        return totals;
    }

    /** Each agency's on-time rates, agencies in the order the Q&A, deadlines and e-services sections name them. */
    public static List<AgencyRates> rates(Figures figures) {
        Set<String> agencies = new LinkedHashSet<>();
        for (String key : List.of(QA, DEADLINES, ESERVICES)) {
            section(figures, key).ifPresent(section -> {
                int index = section.labelColumns().indexOf(AGENCY);
                if (index >= 0) {
                    section.rows().forEach(row -> agencies.add(row.labels().get(index)));
                }
            });
        }
        return agencies.stream()
                .map(agency -> new AgencyRates(
                        agency,
                        rate(
                                agencyTotal(figures, DEADLINES, ON_TIME, agency),
                                agencyTotal(figures, DEADLINES, LATE, agency)),
                        rate(
                                agencyTotal(figures, QA, ANSWERED_ON_TIME, agency),
                                agencyTotal(figures, QA, ANSWERED_LATE, agency)
                                        .add(agencyTotal(figures, QA, OPEN_PAST_DUE, agency))),
                        rate(
                                agencyTotal(figures, ESERVICES, ON_TIME, agency),
                                agencyTotal(figures, ESERVICES, LATE, agency))))
                .toList();
    }

    /** {@code onTime} of all that came due in percent, one decimal; {@code null} when nothing came due. */
    public static BigDecimal rate(BigDecimal onTime, BigDecimal late) {
        BigDecimal due = onTime.add(late);
        if (due.signum() == 0) {
            return null;
        }
        return onTime.multiply(HUNDRED).divide(due, 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal agencyTotal(Figures figures, String key, String column, String agency) {
        return section(figures, key)
                .map(section -> section.labelColumns().indexOf(AGENCY))
                .filter(index -> index >= 0)
                .map(index ->
                        sum(figures, key, column, row -> row.labels().get(index).equals(agency)))
                .orElse(BigDecimal.ZERO);
    }

    private static BigDecimal sum(Figures figures, String key, String column, Predicate<Figures.Row> rows) {
        return section(figures, key)
                .filter(section -> section.valueColumns().contains(column))
                .map(section -> {
                    int index = section.valueColumns().indexOf(column);
                    return section.rows().stream()
                            .filter(rows)
                            .map(row -> row.values().get(index))
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                })
                .orElse(BigDecimal.ZERO);
    }

    private static Optional<Figures.Section> section(Figures figures, String key) {
        return figures.sections().stream()
                .filter(section -> section.key().equals(key))
                .findFirst();
    }

    private record Measure(String key, String section, String column, Predicate<Figures.Row> rows) {}
}
