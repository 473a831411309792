package vn.egov.portal.report.control;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.portal.report.control.MonthlyFigures.*;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.egov.portal.report.control.SectionTally.Count;

class ReportTrendsTest {

    private static final String JUSTICE = "Sở Tư pháp";
    private static final String FINANCE = "Sở Tài chính";
    private static final String QUIET = "Sở Ngoại vụ";
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @ParameterizedTest(name = "{0} on time, {1} late: {2}")
    @CsvSource(
            nullValues = "none",
            value = {
                "0, 0, none",
                "3, 0, 100.0",
                "0, 4, 0.0",
                "1, 2, 33.3",
                "2, 1, 66.7",
                "1, 7, 12.5",
                "5, 2, 71.4",
            })
    void aRateIsAPercentWithOneDecimalAndNoneWithoutCases(long onTime, long late, BigDecimal rate) {
        BigDecimal found = ReportTrends.rate(BigDecimal.valueOf(onTime), BigDecimal.valueOf(late));
        if (rate == null) {
            assertThat(found).isNull();
        } else {
            assertThat(found).isEqualTo(rate);
        }
    }

    @ParameterizedTest(name = "{0}: {1} … {2}")
    @CsvSource({"2026-11, 2025-12, 2026-11", "2026-01, 2025-02, 2026-01", "2026-12, 2026-01, 2026-12"})
    void twelveMonthsEndAtTheReportsMonthOldestFirst(YearMonth last, YearMonth first, YearMonth end) {
        List<YearMonth> months = ReportTrends.months(last);
        assertThat(months).hasSize(12).first().isEqualTo(first);
        assertThat(months.get(11)).isEqualTo(end);
        for (int i = 1; i < months.size(); i++) {
            assertThat(months.get(i)).isEqualTo(months.get(i - 1).plusMonths(1));
        }
    }

    @Test
    void monthsWithoutAReportAreGapsNotZeros() {
        ReportTrends.Dashboard dashboard =
                ReportTrends.of(NOVEMBER, Map.of(NOVEMBER, november(), NOVEMBER.minusMonths(2), quiet("2026-09")));

        assertThat(dashboard.months()).hasSize(12);
        assertThat(dashboard.missing()).hasSize(10).doesNotContain(NOVEMBER, NOVEMBER.minusMonths(2));
        ReportTrends.Month october = dashboard.months().get(10);
        assertThat(october.reported()).isFalse();
        assertThat(october.total(ReportTrends.QUESTIONS)).isNull();
        ReportTrends.Month september = dashboard.months().get(9);
        assertThat(september.reported()).isTrue();
        assertThat(september.total(ReportTrends.QUESTIONS)).isEqualByComparingTo("0");
    }

    @Test
    void aMonthsTotalsAddUpEveryRowOfTheirSection() {
        ReportTrends.Month month =
                ReportTrends.of(NOVEMBER, Map.of(NOVEMBER, november())).months().get(11);

        assertThat(month.month()).isEqualTo(NOVEMBER);
        assertThat(month.total(ReportTrends.ARTICLES_PUBLISHED)).isEqualByComparingTo("7");
        assertThat(month.total(ReportTrends.QUESTIONS)).isEqualByComparingTo("6");
        assertThat(month.total(ReportTrends.APPLICATIONS)).isEqualByComparingTo("5");
        assertThat(month.total(ReportTrends.PAGE_VIEWS_MEASURE))
                .as("page views only, not the API calls")
                .isEqualByComparingTo("120000");
        assertThat(month.total(ReportTrends.QA_ON_TIME)).isEqualByComparingTo("3");
        assertThat(month.total(ReportTrends.QA_LATE)).isEqualByComparingTo("1");
        assertThat(month.total(ReportTrends.QA_OPEN_PAST_DUE)).isEqualByComparingTo("1");
    }

    @Test
    void ratesPerAgencyAddUpTheirRowsAndLeaveNoRateWhereNothingCameDue() {
        List<ReportTrends.AgencyRates> rates =
                ReportTrends.of(NOVEMBER, Map.of(NOVEMBER, november())).rates();

        assertThat(rates).extracting(ReportTrends.AgencyRates::agency).containsExactly(JUSTICE, FINANCE, QUIET);
        ReportTrends.AgencyRates justice = rates.get(0);
        assertThat(justice.deadlines())
                .as("news 5 on time, 2 late; laws 1 on time, 0 late")
                .isEqualTo(new BigDecimal("75.0"));
        assertThat(justice.qa()).as("2 on time of 2 + 1 late + 1 open past due").isEqualTo(new BigDecimal("50.0"));
        assertThat(justice.eservices()).isNull();
        ReportTrends.AgencyRates finance = rates.get(1);
        assertThat(finance.deadlines()).isNull();
        assertThat(finance.qa()).isEqualTo(new BigDecimal("100.0"));
        assertThat(finance.eservices())
                .as("two procedures: 1 + 2 on time, 1 + 0 late")
                .isEqualTo(new BigDecimal("75.0"));
        assertThat(rates.get(2)).isEqualTo(new ReportTrends.AgencyRates(QUIET, null, null, null));
    }

    @Test
    void theChartDrawsTheAgenciesWithARateAndNamesTheOthers() {
        ReportTrends.Dashboard dashboard = ReportTrends.of(NOVEMBER, Map.of(NOVEMBER, november()));

        assertThat(dashboard.rated())
                .extracting(ReportTrends.AgencyRates::agency)
                .containsExactly(JUSTICE, FINANCE);
        assertThat(dashboard.unrated()).containsExactly(QUIET);
    }

    @Test
    void aReportWithoutItsOwnMonthHasNoRatesAndASectionMissingAddsUpToZero() {
        Figures partial = new Figures("2026-10", List.of(MonthlyFigures.qa(List.of(JUSTICE), List.of(), List.of())));

        ReportTrends.Dashboard dashboard = ReportTrends.of(NOVEMBER, Map.of(NOVEMBER.minusMonths(1), partial));

        assertThat(dashboard.rates()).isEmpty();
        assertThat(dashboard.months().get(10).total(ReportTrends.ARTICLES_PUBLISHED))
                .isEqualByComparingTo("0");
    }

    private static Figures november() {
        return MonthlyFigures.of(
                "2026-11",
                new MonthlyFigures.Activity(
                        List.of(JUSTICE, FINANCE, QUIET),
                        List.of(
                                new Count(List.of("Tin tức", "Cổng tỉnh", JUSTICE), PUBLISHED, 3),
                                new Count(List.of("Tin tức", "Cổng tỉnh", JUSTICE), UPDATED, 2),
                                new Count(List.of("Thông báo", "Sở Tài chính", FINANCE), PUBLISHED, 4)),
                        List.of(
                                new Count(List.of("news", JUSTICE), ON_TIME, 5),
                                new Count(List.of("news", JUSTICE), LATE, 2),
                                new Count(List.of("laws", JUSTICE), ON_TIME, 1)),
                        List.of(),
                        List.of(
                                new Count(List.of(JUSTICE), RECEIVED, 4),
                                new Count(List.of(JUSTICE), ANSWERED_ON_TIME, 2),
                                new Count(List.of(JUSTICE), ANSWERED_LATE, 1),
                                new Count(List.of(JUSTICE), OPEN_PAST_DUE, 1),
                                new Count(List.of(FINANCE), RECEIVED, 2),
                                new Count(List.of(FINANCE), ANSWERED_ON_TIME, 1)),
                        List.of(),
                        List.of(
                                new Count(List.of("Cấp giấy phép", FINANCE), RECEIVED, 3),
                                new Count(List.of("Cấp giấy phép", FINANCE), ON_TIME, 1),
                                new Count(List.of("Cấp giấy phép", FINANCE), LATE, 1),
                                new Count(List.of("Đăng ký", FINANCE), RECEIVED, 2),
                                new Count(List.of("Đăng ký", FINANCE), ON_TIME, 2)),
                        List.of(),
                        List.of(
                                new Count(List.of(MonthlyFigures.PAGE_VIEWS), REQUESTS, 120_000),
                                new Count(List.of(MonthlyFigures.API_CALLS), REQUESTS, 900))));
    }

    /** A month with a report in which nothing happened. */
    private static Figures quiet(String period) {
        return new Figures(period, List.of(MonthlyFigures.qa(List.of(JUSTICE), List.of(), List.of())));
    }
}
