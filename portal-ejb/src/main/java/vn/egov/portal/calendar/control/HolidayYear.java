package vn.egov.portal.calendar.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.TreeMap;

/**
 * The computed days off of one year: the statutory holidays, then one compensatory day for each
 * holiday that falls on a Saturday or Sunday, on the first working day after it (Art. 112(3)).
 * Administrators' overrides are applied later, on top.
 */
final class HolidayYear {

    private static final LunarCalendar LUNAR = LunarCalendar.vietnamese();

    private HolidayYear() {}

    static Map<LocalDate, CalendarDay> compute(int year, CalendarRules rules) {
        TreeMap<LocalDate, CalendarDay> days = new TreeMap<>();
        add(days, LocalDate.of(year, 1, 1), Holiday.NEW_YEAR);
        LocalDate tet = LUNAR.newYear(year);
        rules.tetOffsets().forEach(offset -> add(days, tet.plusDays(offset), Holiday.TET));
        add(days, LUNAR.toSolar(new LunarDate(10, 3, year, false)), Holiday.HUNG_KINGS);
        add(days, MonthDay.of(4, 30).atYear(year), Holiday.REUNIFICATION);
        add(days, MonthDay.of(5, 1).atYear(year), Holiday.LABOUR_DAY);
        LocalDate nationalDay = MonthDay.of(9, 2).atYear(year);
        add(days, nationalDay, Holiday.NATIONAL_DAY);
        add(days, nationalDay.plusDays(rules.nationalDayAdjacent()), Holiday.NATIONAL_DAY);
        addCompensations(days);
        return days;
    }

    private static void add(Map<LocalDate, CalendarDay> days, LocalDate date, Holiday holiday) {
        days.putIfAbsent(date, new CalendarDay(date, DayKind.HOLIDAY, holiday, null, null, null));
    }

    private static void addCompensations(TreeMap<LocalDate, CalendarDay> days) {
        for (CalendarDay holiday : days.values().stream().toList()) {
            if (isWeekend(holiday.date())) {
                LocalDate replacement = holiday.date().plusDays(1);
                while (isWeekend(replacement) || days.containsKey(replacement)) {
                    replacement = replacement.plusDays(1);
                }
                days.put(
                        replacement,
                        new CalendarDay(
                                replacement,
                                DayKind.COMPENSATORY_DAY_OFF,
                                holiday.holiday(),
                                holiday.date(),
                                null,
                                null));
            }
        }
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
