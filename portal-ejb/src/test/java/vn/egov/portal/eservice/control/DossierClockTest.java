package vn.egov.portal.eservice.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.egov.portal.calendar.control.CalendarRules;
import vn.egov.portal.calendar.control.DayOverride;
import vn.egov.portal.calendar.control.WorkingCalendar;

/**
 * The stopped clock across the 2025 holidays (30/4 and 1/5, 1/9 and 2/9, Hà Nội time): a 5-day
 * dossier received Thursday 24/4 is due Monday 5/5; stopped on Monday 28/4 it keeps the 3 working
 * days after that day, and a supplement in the week of National Day counts them after the holidays.
 */
class DossierClockTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final CalendarRules RULES = CalendarRules.defaults(HANOI);
    private static final DossierClock CLOCK = new DossierClock(new WorkingCalendar(RULES, List.of()));

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(HANOI).toInstant();
    }

    @Test
    void theDueDateSkipsTheMayHolidays() {
        assertThat(CLOCK.dueDate(at("2025-04-24T10:00"), 5)).isEqualTo(LocalDate.of(2025, 5, 5));
    }

    @Test
    void aDossierReceivedAfterHoursCountsFromTheNextWorkingDay() {
        assertThat(CLOCK.dueDate(at("2025-04-24T17:30"), 5)).isEqualTo(LocalDate.of(2025, 5, 6));
    }

    static Stream<Arguments> stops() {
        return Stream.of(
                Arguments.of("2025-04-28T14:00", "2025-05-05", 3),
                Arguments.of("2025-04-29T08:00", "2025-05-05", 2),
                Arguments.of("2025-04-30T09:00", "2025-05-05", 2),
                Arguments.of("2025-05-05T09:00", "2025-05-05", 0),
                Arguments.of("2025-05-07T09:00", "2025-05-05", 0));
    }

    @ParameterizedTest(name = "stopped {0}, due {1}: {2} days left")
    @MethodSource("stops")
    void theClockKeepsTheWorkingDaysLeftAfterTheDayItStops(String stoppedAt, String due, int left) {
        assertThat(CLOCK.remaining(at(stoppedAt), LocalDate.parse(due))).isEqualTo(left);
    }

    static Stream<Arguments> resumptions() {
        return Stream.of(
                Arguments.of("2025-08-29T16:00", 3, "2025-09-05"),
                Arguments.of("2025-08-29T18:30", 3, "2025-09-08"),
                Arguments.of("2025-08-30T09:00", 3, "2025-09-08"),
                Arguments.of("2025-09-02T09:00", 0, "2025-09-03"));
    }

    @ParameterizedTest(name = "supplemented {0} with {1} days: due {2}")
    @MethodSource("resumptions")
    void aSupplementStartsTheClockAgainAfterTheNationalDayHolidays(String resumedAt, int left, String due) {
        assertThat(CLOCK.resume(at(resumedAt), left)).isEqualTo(LocalDate.parse(due));
    }

    @Test
    void aDayOffDecidedByTheProvinceIsSkippedToo() {
        DossierClock withOverride = new DossierClock(new WorkingCalendar(
                RULES, List.of(new DayOverride(LocalDate.of(2025, 9, 3), true, "QĐ 12/QĐ-UBND", "Nghỉ bù"))));
        assertThat(withOverride.resume(at("2025-08-29T16:00"), 3)).isEqualTo(LocalDate.of(2025, 9, 8));
    }

    @Test
    void stoppedAndResumedTheSameDayTheDueDateStays() {
        int left = CLOCK.remaining(at("2025-04-25T09:00"), LocalDate.of(2025, 5, 5));
        assertThat(CLOCK.resume(at("2025-04-25T15:00"), left)).isEqualTo(LocalDate.of(2025, 5, 5));
    }
}
