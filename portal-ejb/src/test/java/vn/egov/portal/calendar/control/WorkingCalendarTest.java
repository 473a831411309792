package vn.egov.portal.calendar.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.egov.portal.platform.i18n.control.Phrase;

class WorkingCalendarTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final CalendarRules RULES = CalendarRules.defaults(HANOI);
    private final WorkingCalendar calendar = new WorkingCalendar(RULES, List.of());

    /** The official 2024 swap: Monday 29/4 off, worked back on Saturday 4/5. */
    private final WorkingCalendar with2024Swap = new WorkingCalendar(
            RULES,
            List.of(
                    new DayOverride(LocalDate.of(2024, 4, 29), true, "TB 5079/TB-LĐTBXH", "Hoán đổi ngày làm việc"),
                    new DayOverride(LocalDate.of(2024, 5, 4), false, "TB 5079/TB-LĐTBXH", "Làm bù cho 29/4")));

    static Stream<Arguments> daysOffByYear() {
        return Stream.of(
                Arguments.of(
                        2023,
                        "2023-01-01 HOLIDAY, 2023-01-02 COMPENSATORY_DAY_OFF, 2023-01-20 HOLIDAY, 2023-01-21 HOLIDAY,"
                                + " 2023-01-22 HOLIDAY, 2023-01-23 HOLIDAY, 2023-01-24 HOLIDAY,"
                                + " 2023-01-25 COMPENSATORY_DAY_OFF, 2023-01-26 COMPENSATORY_DAY_OFF,"
                                + " 2023-04-29 HOLIDAY, 2023-04-30 HOLIDAY, 2023-05-01 HOLIDAY,"
                                + " 2023-05-02 COMPENSATORY_DAY_OFF, 2023-05-03 COMPENSATORY_DAY_OFF,"
                                + " 2023-09-01 HOLIDAY, 2023-09-02 HOLIDAY, 2023-09-04 COMPENSATORY_DAY_OFF"),
                Arguments.of(
                        2024,
                        "2024-01-01 HOLIDAY, 2024-02-08 HOLIDAY, 2024-02-09 HOLIDAY, 2024-02-10 HOLIDAY,"
                                + " 2024-02-11 HOLIDAY, 2024-02-12 HOLIDAY, 2024-02-13 COMPENSATORY_DAY_OFF,"
                                + " 2024-02-14 COMPENSATORY_DAY_OFF, 2024-04-18 HOLIDAY, 2024-04-30 HOLIDAY,"
                                + " 2024-05-01 HOLIDAY, 2024-09-01 HOLIDAY, 2024-09-02 HOLIDAY,"
                                + " 2024-09-03 COMPENSATORY_DAY_OFF"),
                Arguments.of(
                        2025,
                        "2025-01-01 HOLIDAY, 2025-01-27 HOLIDAY, 2025-01-28 HOLIDAY, 2025-01-29 HOLIDAY,"
                                + " 2025-01-30 HOLIDAY, 2025-01-31 HOLIDAY, 2025-04-07 HOLIDAY, 2025-04-30 HOLIDAY,"
                                + " 2025-05-01 HOLIDAY, 2025-09-01 HOLIDAY, 2025-09-02 HOLIDAY"),
                Arguments.of(
                        2022,
                        "2022-01-01 HOLIDAY, 2022-01-03 COMPENSATORY_DAY_OFF, 2022-01-30 HOLIDAY,"
                                + " 2022-01-31 HOLIDAY, 2022-02-01 HOLIDAY, 2022-02-02 HOLIDAY, 2022-02-03 HOLIDAY,"
                                + " 2022-02-04 COMPENSATORY_DAY_OFF, 2022-04-10 HOLIDAY,"
                                + " 2022-04-11 COMPENSATORY_DAY_OFF, 2022-04-30 HOLIDAY, 2022-05-01 HOLIDAY,"
                                + " 2022-05-02 COMPENSATORY_DAY_OFF, 2022-05-03 COMPENSATORY_DAY_OFF,"
                                + " 2022-09-01 HOLIDAY, 2022-09-02 HOLIDAY"));
    }

    @ParameterizedTest(name = "days off in {0}")
    @MethodSource
    void daysOffByYear(int year, String expected) {
        assertThat(calendar.holidays(year).stream().map(day -> day.date() + " " + day.kind()))
                .containsExactlyElementsOf(
                        Arrays.stream(expected.split(",")).map(String::strip).toList());
    }

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
        "2025-04-29, true",
        "2025-04-30, false",
        "2025-05-03, false",
        "2023-05-03, false",
        "2023-05-04, true",
        "2024-02-14, false",
        "2024-02-15, true",
        "2026-02-20, false",
        "2026-02-23, true"
    })
    void isWorkingDay(LocalDate date, boolean working) {
        assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        "2025-04-28, 2, 2025-05-02",
        "2025-04-28, 0, 2025-04-28",
        "2025-04-26, 0, 2025-04-28",
        "2025-04-26, 1, 2025-04-29",
        "2024-12-30, 3, 2025-01-03",
        "2025-01-24, 2, 2025-02-04",
        "2014-01-22, 2, 2014-01-24",
        "2014-01-27, 2, 2014-02-05",
        "2023-04-27, 1, 2023-04-28",
        "2023-04-28, 1, 2023-05-04",
        "2025-04-25, 15, 2025-05-20",
        "2024-12-25, 10, 2025-01-09"
    })
    void addWorkingDays(LocalDate from, int days, LocalDate due) {
        assertThat(calendar.addWorkingDays(from, days).date()).isEqualTo(due);
        if (calendar.isWorkingDay(from)) {
            assertThat(calendar.workingDaysBetween(from, due).workingDays()).isEqualTo(days);
        }
    }

    @ParameterizedTest(name = "received {0} + {1} working days = {2}")
    @CsvSource({
        "2025-04-28T16:59:00+07:00, 1, 2025-04-29",
        "2025-04-28T17:30:00+07:00, 1, 2025-05-02",
        "2025-04-28T06:00:00+07:00, 1, 2025-04-29",
        "2025-05-03T10:00:00+07:00, 1, 2025-05-06",
        "2025-04-28T10:30:00Z, 1, 2025-05-02",
        "2024-12-31T18:00:00+07:00, 15, 2025-01-23"
    })
    void afterOfficeHoursCountsFromTheNextWorkingDay(String receivedAt, int days, LocalDate due) {
        Instant instant = java.time.OffsetDateTime.parse(receivedAt).toInstant();
        assertThat(calendar.addWorkingDays(instant, days).date()).isEqualTo(due);
    }

    @Test
    void officeHoursAreConfigurable() {
        WorkingCalendar late =
                new WorkingCalendar(RULES.withOfficeHours(LocalTime.of(8, 0), LocalTime.of(18, 0)), List.of());
        Instant at1730 =
                java.time.OffsetDateTime.parse("2025-04-28T17:30:00+07:00").toInstant();

        assertThat(late.addWorkingDays(at1730, 1).date()).isEqualTo(LocalDate.of(2025, 4, 29));
    }

    @ParameterizedTest(name = "working days from {0} to {1}: {2}")
    @CsvSource({
        "2025-04-28, 2025-05-05, 3",
        "2024-12-31, 2025-01-02, 1",
        "2024-12-20, 2025-01-10, 14",
        "2025-01-24, 2025-02-07, 5",
        "2025-04-28, 2025-04-28, 0",
        "2023-01-01, 2023-12-31, 249"
    })
    void workingDaysBetween(LocalDate from, LocalDate to, int expected) {
        assertThat(calendar.workingDaysBetween(from, to).workingDays()).isEqualTo(expected);
    }

    @Test
    void overridesWinOverTheComputedCalendar() {
        assertThat(with2024Swap.day(LocalDate.of(2024, 4, 29)).kind()).isEqualTo(DayKind.EXTRA_DAY_OFF);
        assertThat(with2024Swap.day(LocalDate.of(2024, 5, 4)).kind()).isEqualTo(DayKind.MAKE_UP_WORKING_DAY);
        assertThat(with2024Swap.addWorkingDays(LocalDate.of(2024, 4, 26), 1).date())
                .isEqualTo(LocalDate.of(2024, 5, 2));
        assertThat(with2024Swap.addWorkingDays(LocalDate.of(2024, 5, 2), 2).date())
                .isEqualTo(LocalDate.of(2024, 5, 4));
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 5, 2), 2).date()).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(with2024Swap.holidays(2024).stream().map(CalendarDay::kind))
                .contains(DayKind.EXTRA_DAY_OFF, DayKind.MAKE_UP_WORKING_DAY);
    }

    @Test
    void anOverrideCanTurnAComputedDayOffIntoAWorkingDay() {
        WorkingCalendar decided = new WorkingCalendar(
                RULES, List.of(new DayOverride(LocalDate.of(2024, 9, 3), false, "QĐ 01/2024", "Nghỉ bù chuyển ngày")));

        assertThat(decided.isWorkingDay(LocalDate.of(2024, 9, 3))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 9, 3))).isFalse();
    }

    @ParameterizedTest(name = "Tết pattern {0} in 2024: first day off {1}, back at work {2}")
    @CsvSource(
            delimiter = ';',
            value = {"-2,-1,0,1,2; 2024-02-08; 2024-02-15", "-1,0,1,2,3; 2024-02-09; 2024-02-16"})
    void theTetPatternIsConfigurable(String pattern, LocalDate firstOff, LocalDate backAtWork) {
        WorkingCalendar configured =
                new WorkingCalendar(RULES.withTetOffsets(CalendarRules.parseOffsets(pattern)), List.of());

        assertThat(configured.isWorkingDay(firstOff.minusDays(1))).isTrue();
        assertThat(configured.isWorkingDay(firstOff)).isFalse();
        assertThat(configured.nextWorkingDay(firstOff)).isEqualTo(backAtWork);
    }

    @Test
    void theDayJoinedToNationalDayIsConfigurable() {
        WorkingCalendar after = new WorkingCalendar(RULES.withNationalDayAdjacent(1), List.of());

        assertThat(after.day(LocalDate.of(2021, 9, 3)).kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(after.isWorkingDay(LocalDate.of(2021, 9, 1))).isTrue();
    }

    @Test
    void theExplanationNamesTheHolidaysAndTheWeekend() {
        DueDate due = calendar.addWorkingDays(LocalDate.of(2025, 4, 28), 3);
        ResourceBundle english = bundle(Locale.ENGLISH);

        String text = Phrase.renderAll(due.explanation(), english, Locale.ENGLISH);

        assertThat(due.date()).isEqualTo(LocalDate.of(2025, 5, 5));
        assertThat(text)
                .contains("28/04/2025", "05/05/2025")
                .contains("30/04/2025 (Reunification Day)")
                .contains("01/05/2025 (International Labour Day)")
                .contains("2 weekend days");
    }

    @Test
    void theExplanationOfALateReceiptSaysSo() {
        Instant evening =
                java.time.OffsetDateTime.parse("2025-04-28T17:30:00+07:00").toInstant();

        String text = Phrase.renderAll(
                calendar.addWorkingDays(evening, 1).explanation(), bundle(Locale.ENGLISH), Locale.ENGLISH);

        assertThat(text).contains("17:30", "after office hours", "29/04/2025");
    }

    @Test
    void negativeAndAbsurdCountsAndReversedRangesAreRefused() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2025, 1, 2), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> calendar.addWorkingDays(LocalDate.of(2025, 1, 2), WorkingCalendar.MAX_WORKING_DAYS + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.workingDaysBetween(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("vn.egov.portal.i18n.messages", locale);
    }
}
