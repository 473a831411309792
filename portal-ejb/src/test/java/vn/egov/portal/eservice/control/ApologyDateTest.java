package vn.egov.portal.eservice.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.egov.portal.calendar.control.CalendarRules;
import vn.egov.portal.calendar.control.DayOverride;
import vn.egov.portal.calendar.control.WorkingCalendar;

/**
 * The new appointment date of a letter of apology: working days after today, across the national
 * holidays and a province's own day off; and which dates an official may promise.
 */
class ApologyDateTest {

    private static final CalendarRules RULES = CalendarRules.defaults(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final DossierClock CLOCK = new DossierClock(new WorkingCalendar(RULES, List.of()));
    private static final DossierClock WITH_DAY_OFF = new DossierClock(new WorkingCalendar(
            RULES, List.of(new DayOverride(LocalDate.of(2025, 9, 3), true, "QĐ 12/QĐ-UBND", "Nghỉ bù"))));

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        "2025-04-28, 3, 2025-05-05", // 30/4 and 1/5 are holidays
        "2025-04-24, 1, 2025-04-25",
        "2025-04-25, 1, 2025-04-28", // over the weekend
        "2025-08-29, 2, 2025-09-04", // 1/9 and 2/9, National Day
        "2025-04-26, 5, 2025-05-07", // asked on a Saturday: the days count after Monday, as after hours
    })
    void theNewAppointmentSkipsHolidaysAndWeekends(String today, int days, String expected) {
        assertThat(CLOCK.newAppointment(LocalDate.parse(today), days)).isEqualTo(LocalDate.parse(expected));
    }

    /** On 2/9 (a holiday) the count starts on the next working day, 4/9 once the province gave 3/9 off. */
    @ParameterizedTest(name = "a province day off on 3/9: {0} + {1} = {2}")
    @CsvSource({"2025-08-29, 2, 2025-09-05", "2025-09-02, 1, 2025-09-05"})
    void aDayOffOfTheProvinceIsSkippedToo(String today, int days, String expected) {
        assertThat(WITH_DAY_OFF.newAppointment(LocalDate.parse(today), days)).isEqualTo(LocalDate.parse(expected));
    }

    @ParameterizedTest(name = "on {0}, promising {1}: {2}")
    @CsvSource({
        "2025-04-29, 2025-04-29, false", // today is too soon
        "2025-04-29, 2025-04-28, false",
        "2025-04-29, 2025-04-30, false", // a holiday
        "2025-04-29, 2025-05-03, false", // a Saturday
        "2025-04-29, 2025-05-02, true",
        "2025-04-29, 2025-06-30, true"
    })
    void onlyAWorkingDayAfterTodayMayBePromised(String today, String date, boolean promisable) {
        assertThat(CLOCK.isPromisable(LocalDate.parse(date), LocalDate.parse(today)))
                .isEqualTo(promisable);
    }
}
