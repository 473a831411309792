package vn.egov.portal.report.control;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.portal.report.control.MonthlyFigures.*;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.egov.portal.report.control.SectionTally.Count;
import vn.egov.portal.report.control.SectionTally.Sample;

class MonthlyFiguresTest {

    private static final String JUSTICE = "Sở Tư pháp";
    private static final String FINANCE = "Sở Tài chính";
    private static final String QUIET = "Sở Ngoại vụ";

    private final MonthlyFigures.Activity november = new MonthlyFigures.Activity(
            List.of(JUSTICE, FINANCE, QUIET),
            List.of(
                    new Count(List.of("Tin tức", "Cổng tỉnh", JUSTICE), PUBLISHED, 3),
                    new Count(List.of("Tin tức", "Cổng tỉnh", JUSTICE), UPDATED, 2),
                    new Count(List.of("Tin tức", "Cổng tỉnh", JUSTICE), UNPUBLISHED, 1),
                    new Count(List.of("Thông báo", "Sở Tài chính", FINANCE), PUBLISHED, 4)),
            List.of(new Count(List.of("news", JUSTICE), ON_TIME, 5), new Count(List.of("news", JUSTICE), LATE, 2)),
            List.of(new Sample(List.of("news", JUSTICE), 1), new Sample(List.of("news", JUSTICE), 4)),
            List.of(
                    new Count(List.of(JUSTICE), RECEIVED, 4),
                    new Count(List.of(JUSTICE), ANSWERED_ON_TIME, 2),
                    new Count(List.of(JUSTICE), ANSWERED_LATE, 1),
                    new Count(List.of(JUSTICE), OPEN_PAST_DUE, 1),
                    new Count(List.of(FINANCE), RECEIVED, 2),
                    new Count(List.of(FINANCE), REFUSED, 1),
                    new Count(List.of(FINANCE), ANSWERED_ON_TIME, 1)),
            List.of(
                    new Sample(List.of(JUSTICE), 3),
                    new Sample(List.of(JUSTICE), 5),
                    new Sample(List.of(JUSTICE), 12),
                    new Sample(List.of(FINANCE), 2)),
            List.of(
                    new Count(List.of("Cấp giấy phép", FINANCE), RECEIVED, 3),
                    new Count(List.of("Cấp giấy phép", FINANCE), ON_TIME, 1),
                    new Count(List.of("Cấp giấy phép", FINANCE), LATE, 1),
                    new Count(List.of("Cấp giấy phép", FINANCE), REJECTED, 1)),
            List.of(new Count(List.of(JUSTICE), OPENED, 1), new Count(List.of(JUSTICE), COMMENTS, 7)),
            List.of(new Count(List.of(MonthlyFigures.PAGE_VIEWS), MonthlyFigures.REQUESTS, 120_000)));

    private final Figures figures = MonthlyFigures.of("2026-11", november);

    @Test
    void countsLandInTheirRowsAndColumns() {
        Figures.Section articles = figures.section(ARTICLES);
        assertThat(articles.value(PUBLISHED, "Tin tức", "Cổng tỉnh", JUSTICE)).isEqualByComparingTo("3");
        assertThat(articles.value(UPDATED, "Tin tức", "Cổng tỉnh", JUSTICE)).isEqualByComparingTo("2");
        assertThat(articles.value(UNPUBLISHED, "Tin tức", "Cổng tỉnh", JUSTICE)).isEqualByComparingTo("1");
        assertThat(articles.value(UPDATED, "Thông báo", "Sở Tài chính", FINANCE))
                .isEqualByComparingTo("0");

        Figures.Section eservices = figures.section(ESERVICES);
        assertThat(eservices.row("Cấp giấy phép", FINANCE).values())
                .extracting(BigDecimal::intValue)
                .containsExactly(3, 1, 1, 1);
    }

    @Test
    void everyAgencyHasARowAndAQuietOneShowsZeros() {
        Figures.Section qa = figures.section(QA);
        assertThat(qa.rows()).extracting(row -> row.labels().get(0)).containsExactly(JUSTICE, FINANCE, QUIET);
        assertThat(qa.row(QUIET).values()).allSatisfy(value -> assertThat(value).isZero());
        assertThat(figures.section(CONSULTATIONS).row(QUIET).values())
                .allSatisfy(v -> assertThat(v).isZero());
    }

    @Test
    void averagesAreWorkingDaysToOneDecimal() {
        Figures.Section qa = figures.section(QA);
        // (3 + 5 + 12) / 3 = 6.67 → 6.7
        assertThat(qa.value(AVERAGE_ANSWER, JUSTICE)).isEqualByComparingTo("6.7");
        assertThat(qa.value(AVERAGE_ANSWER, FINANCE)).isEqualByComparingTo("2.0");
        assertThat(qa.value(AVERAGE_ANSWER, QUIET)).isEqualByComparingTo("0");
        // (1 + 4) / 2 = 2.5
        assertThat(figures.section(DEADLINES).value(AVERAGE_DELAY, "news", JUSTICE))
                .isEqualByComparingTo("2.5");
    }

    @Test
    void qaColumnsAddUp() {
        Figures.Section qa = figures.section(QA);
        assertThat(qa.row(JUSTICE).values().subList(0, 5))
                .extracting(BigDecimal::intValue)
                .containsExactly(4, 0, 2, 1, 1);
        assertThat(qa.row(FINANCE).values().subList(0, 5))
                .extracting(BigDecimal::intValue)
                .containsExactly(2, 1, 1, 0, 0);
    }

    @Test
    void theFiguresSurviveTheirJson() {
        Figures back = FiguresJson.read(FiguresJson.write(figures));

        assertThat(back).isEqualTo(figures);
        assertThat(back.section(QA).value(AVERAGE_ANSWER, JUSTICE)).isEqualByComparingTo("6.7");
    }

    @Test
    void pageViewsAndApiCallsAreBothRowsEvenWhenOneWasNeverCounted() {
        Figures.Section access = figures.section(MonthlyFigures.ACCESS);

        assertThat(access.value(MonthlyFigures.REQUESTS, MonthlyFigures.PAGE_VIEWS))
                .isEqualByComparingTo("120000");
        assertThat(access.value(MonthlyFigures.REQUESTS, MonthlyFigures.API_CALLS))
                .isEqualByComparingTo("0");
    }

    @Test
    void aMonthWithoutActivityIsAllZeros() {
        Figures empty = MonthlyFigures.of(
                "2026-10",
                new MonthlyFigures.Activity(
                        List.of(JUSTICE),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of()));

        assertThat(empty.section(QA).row(JUSTICE).values())
                .allSatisfy(v -> assertThat(v).isZero());
        assertThat(empty.section(ARTICLES).rows()).isEmpty();
    }
}
