package vn.egov.portal.batch.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleRuleTest {

    /** Weekends off, and the holidays of the years below: New Year 2027, National Day 2025 (1–2 Sept). */
    private static final Set<LocalDate> HOLIDAYS =
            Set.of(LocalDate.of(2027, 1, 1), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2));

    private static final Predicate<LocalDate> WORKING_DAY = day -> day.getDayOfWeek() != DayOfWeek.SATURDAY
            && day.getDayOfWeek() != DayOfWeek.SUNDAY
            && !HOLIDAYS.contains(day);

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
        "DAILY,     2026-11-01, true",
        "DAILY,     2025-09-02, true",
        // 1 November 2026 is a Sunday: the month's report waits for Monday the 2nd.
        "MONTHLY,   2026-11-01, false",
        "MONTHLY,   2026-11-02, true",
        "MONTHLY,   2026-11-03, false",
        // National Day: 1 and 2 September 2025 are holidays, so the 3rd is the first working day.
        "MONTHLY,   2025-09-01, false",
        "MONTHLY,   2025-09-03, true",
        "QUARTERLY, 2026-10-01, true",
        "QUARTERLY, 2026-11-02, false",
        "QUARTERLY, 2026-07-01, true",
        // New Year's Day 2027 is a Friday holiday, then a weekend: Monday the 4th.
        "QUARTERLY, 2027-01-01, false",
        "QUARTERLY, 2027-01-04, true",
        "YEARLY,    2027-01-04, true",
        "YEARLY,    2026-10-01, false",
        "YEARLY,    2027-01-05, false",
    })
    void startsOnTheFirstWorkingDayOfItsPeriod(ScheduleRule rule, LocalDate day, boolean starts) {
        assertThat(rule.startsOn(day, WORKING_DAY)).isEqualTo(starts);
    }

    @ParameterizedTest(name = "{0} on {1} covers {2}")
    @CsvSource({
        "DAILY,     2026-11-02, 2026-11-02",
        "MONTHLY,   2026-11-02, 2026-10",
        "MONTHLY,   2026-01-05, 2025-12",
        "QUARTERLY, 2026-01-05, 2025-Q4",
        "QUARTERLY, 2026-04-01, 2026-Q1",
        "QUARTERLY, 2026-10-01, 2026-Q3",
        "YEARLY,    2027-01-04, 2026",
    })
    void coversThePeriodThatHasJustEnded(ScheduleRule rule, LocalDate day, String period) {
        assertThat(rule.periodBefore(day)).isEqualTo(period);
    }

    @ParameterizedTest(name = "{0} from {1}: next start {2}")
    @CsvSource({
        "DAILY,     2026-12-05, 2026-12-05",
        // From a Saturday in December, the next monthly start is the first working day of January.
        "MONTHLY,   2026-12-05, 2027-01-04",
        "MONTHLY,   2026-11-02, 2026-11-02",
        "MONTHLY,   2025-08-30, 2025-09-03",
        "QUARTERLY, 2026-11-02, 2027-01-04",
        "QUARTERLY, 2026-07-02, 2026-10-01",
        "YEARLY,    2026-01-06, 2027-01-04",
    })
    void nextStartIsTheFirstDayTheRuleStartsOn(ScheduleRule rule, LocalDate from, LocalDate next) {
        assertThat(rule.nextStart(from, WORKING_DAY)).isEqualTo(next);
    }
}
