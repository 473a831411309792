package vn.egov.portal.setup.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How many days back each earlier month of the demo's history lies: calendar months, not 30 days. */
class DemoHistoryTest {

    @ParameterizedTest(name = "{0}, {1} months: {2} copies, first {3} days back, last {4}")
    @CsvSource({
        "2026-12-03, 12, 11, 30, 334",
        "2026-03-31, 2, 1, 31, 31",
        "2024-03-29, 2, 1, 29, 29",
        "2026-01-15, 13, 12, 31, 365",
        "2026-12-03, 1, 0, , ",
        "2026-12-03, 0, 0, , "
    })
    void earlierMonthsAreWholeCalendarMonthsBack(LocalDate today, int months, int copies, Integer first, Integer last) {
        var shifts = DemoHistory.earlierMonths(today, Math.max(months, 1)).stream()
                .map(EarlierMonth::daysBack)
                .toList();
        assertThat(shifts).hasSize(copies);
        if (copies > 0) {
            assertThat(shifts.get(0)).isEqualTo(first);
            assertThat(shifts.get(copies - 1)).isEqualTo(last);
            assertThat(shifts).isSorted().doesNotHaveDuplicates();
        }
    }

    @Test
    void theShareToldGrowsTowardsTodayAndIsTheSameEveryTime() {
        List<EarlierMonth> year = DemoHistory.earlierMonths(LocalDate.of(2026, 12, 3), 12);
        List<Integer> stories = IntStream.range(0, 200).boxed().toList();
        EarlierMonth lastMonth = year.get(1);
        EarlierMonth yearAgo = year.get(year.size() - 1);
        assertThat(lastMonth.of(stories)).hasSizeGreaterThan(yearAgo.of(stories).size());
        assertThat(lastMonth.of(stories))
                .isEqualTo(lastMonth.of(stories))
                .isSorted()
                .hasSizeBetween(lastMonth.share() * 2 - 20, lastMonth.share() * 2 + 20);
        assertThat(year).extracting(EarlierMonth::share).allSatisfy(share -> assertThat(share)
                .isBetween(40, 100));
        assertThat(year.stream().map(EarlierMonth::share).distinct().count())
                .as("months differ, so trends are not flat")
                .isGreaterThan(4);
        assertThat(new EarlierMonth(30, 0).of(stories)).isEmpty();
        assertThat(new EarlierMonth(30, 100).of(stories)).isEqualTo(stories);
    }
}
