package vn.egov.portal.setup.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
        var shifts = DemoHistory.shifts(today, Math.max(months, 1));
        assertThat(shifts).hasSize(copies);
        if (copies > 0) {
            assertThat(shifts.get(0)).isEqualTo(first);
            assertThat(shifts.get(copies - 1)).isEqualTo(last);
            assertThat(shifts).isSorted().doesNotHaveDuplicates();
        }
    }
}
