package vn.egov.portal.calendar.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LunarCalendarTest {

    private final LunarCalendar vietnamese = LunarCalendar.vietnamese();

    @ParameterizedTest(name = "Tết {0} falls on {1}")
    @CsvSource({
        "1985, 1985-01-21",
        "2007, 2007-02-17",
        "2014, 2014-01-31",
        "2015, 2015-02-19",
        "2016, 2016-02-08",
        "2017, 2017-01-28",
        "2018, 2018-02-16",
        "2019, 2019-02-05",
        "2020, 2020-01-25",
        "2021, 2021-02-12",
        "2022, 2022-02-01",
        "2023, 2023-01-22",
        "2024, 2024-02-10",
        "2025, 2025-01-29",
        "2026, 2026-02-17",
        "2027, 2027-02-06",
        "2028, 2028-01-26"
    })
    void lunarNewYear(int year, LocalDate expected) {
        assertThat(vietnamese.newYear(year)).isEqualTo(expected);
        assertThat(vietnamese.toLunar(expected)).isEqualTo(new LunarDate(1, 1, year, false));
    }

    @ParameterizedTest(name = "in {0} the Chinese (UTC+8) new year is {1}, not the Vietnamese one")
    @CsvSource({"1985, 1985-02-20", "2007, 2007-02-18"})
    void theChineseCalendarDiffersInSomeYears(int year, LocalDate chinese) {
        assertThat(new LunarCalendar(8.0).newYear(year)).isEqualTo(chinese);
        assertThat(vietnamese.newYear(year)).isNotEqualTo(chinese);
    }

    @ParameterizedTest(name = "Hùng Kings'' day {0}: {1}")
    @CsvSource({
        "2014, 2014-04-09",
        "2015, 2015-04-28",
        "2016, 2016-04-16",
        "2017, 2017-04-06",
        "2018, 2018-04-25",
        "2019, 2019-04-14",
        "2020, 2020-04-02",
        "2021, 2021-04-21",
        "2022, 2022-04-10",
        "2023, 2023-04-29",
        "2024, 2024-04-18",
        "2025, 2025-04-07",
        "2026, 2026-04-26"
    })
    void hungKingsDayIsTheTenthOfTheThirdLunarMonth(int year, LocalDate expected) {
        assertThat(vietnamese.toSolar(new LunarDate(10, 3, year, false))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} opens leap month {1} of {2}")
    @CsvSource({"2017-07-23, 6, 2017", "2020-05-23, 4, 2020", "2023-03-22, 2, 2023", "2025-07-25, 6, 2025"})
    void leapMonths(LocalDate start, int month, int year) {
        assertThat(vietnamese.toLunar(start)).isEqualTo(new LunarDate(1, month, year, true));
        assertThat(vietnamese.toSolar(new LunarDate(1, month, year, true))).isEqualTo(start);
    }

    @Test
    void everyDayOfTwentyYearsConvertsThereAndBack() {
        for (LocalDate day = LocalDate.of(2010, 1, 1); day.getYear() < 2030; day = day.plusDays(1)) {
            assertThat(vietnamese.toSolar(vietnamese.toLunar(day)))
                    .as("round trip of %s", day)
                    .isEqualTo(day);
        }
    }

    @Test
    void aLeapMonthThatTheYearLacksIsRefused() {
        assertThatThrownBy(() -> vietnamese.toSolar(new LunarDate(1, 5, 2024, true)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
