package vn.egov.portal.calendar.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.egov.portal.platform.i18n.control.Phrase;

/**
 * Vietnam's working days: Monday to Friday less the Labour Code's holidays and their compensatory
 * days, with the administrators' overrides for the year on top. Every answer explains itself, so an
 * official can check a deadline by hand. Immutable and thread-safe; years are computed on demand.
 */
public final class WorkingCalendar {

    /** Beyond this, a count is a typing error rather than a deadline. */
    public static final int MAX_WORKING_DAYS = 1000;

    private final CalendarRules rules;
    private final Map<LocalDate, DayOverride> overrides;
    private final Map<Integer, Map<LocalDate, CalendarDay>> computedYears = new ConcurrentHashMap<>();

    public WorkingCalendar(CalendarRules rules, Collection<DayOverride> overrides) {
        this.rules = rules;
        this.overrides = overrides.stream().collect(Collectors.toMap(DayOverride::date, Function.identity()));
    }

    public CalendarRules rules() {
        return rules;
    }

    public CalendarDay day(LocalDate date) {
        DayOverride override = overrides.get(date);
        if (override != null) {
            return override.toDay();
        }
        CalendarDay computed = computedYears
                .computeIfAbsent(date.getYear(), year -> HolidayYear.compute(year, rules))
                .get(date);
        if (computed != null) {
            return computed;
        }
        return CalendarDay.plain(date, HolidayYear.isWeekend(date) ? DayKind.WEEKEND : DayKind.WORKING_DAY);
    }

    public boolean isWorkingDay(LocalDate date) {
        return day(date).isWorking();
    }

    /** The year's days off other than ordinary weekends, and its make-up working days, in date order. */
    public List<CalendarDay> holidays(int year) {
        TreeMap<LocalDate, CalendarDay> days =
                new TreeMap<>(computedYears.computeIfAbsent(year, y -> HolidayYear.compute(y, rules)));
        overrides.values().stream()
                .filter(override -> override.date().getYear() == year)
                .forEach(override -> days.put(override.date(), override.toDay()));
        return days.values().stream()
                .filter(day -> day.kind() != DayKind.WEEKEND && day.kind() != DayKind.WORKING_DAY)
                .toList();
    }

    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /**
     * Something received at {@code receivedAt}: after office hours or on a day off it counts as
     * received on the next working day; the due date is then {@code days} working days later.
     */
    public DueDate addWorkingDays(Instant receivedAt, int days) {
        LocalDateTime local = LocalDateTime.ofInstant(receivedAt, rules.zone());
        LocalDate date = local.toLocalDate();
        List<Phrase> why = new ArrayList<>();
        LocalDate start = date;
        if (!isWorkingDay(date)) {
            start = nextWorkingDay(date);
            why.add(Phrase.of(
                    "calendar.explain.receivedOnDayOff", date, day(date).describe(), start));
        } else if (local.toLocalTime().isAfter(rules.officeCloses())) {
            start = nextWorkingDay(date);
            why.add(Phrase.of("calendar.explain.receivedAfterHours", local.toLocalTime(), rules.officeCloses(), start));
        } else {
            why.add(Phrase.of("calendar.explain.receivedOn", date));
        }
        return count(start, days, why);
    }

    /** {@code days} working days after {@code from}; a day off as start counts from the next working day. */
    public DueDate addWorkingDays(LocalDate from, int days) {
        List<Phrase> why = new ArrayList<>();
        LocalDate start = from;
        if (!isWorkingDay(from)) {
            start = nextWorkingDay(from);
            why.add(Phrase.of("calendar.explain.startOnDayOff", from, day(from).describe(), start));
        }
        return count(start, days, why);
    }

    private DueDate count(LocalDate start, int days, List<Phrase> why) {
        requireSensible(days);
        LocalDate cursor = start;
        List<CalendarDay> skipped = new ArrayList<>();
        List<CalendarDay> madeUp = new ArrayList<>();
        for (int counted = 0; counted < days; ) {
            cursor = cursor.plusDays(1);
            CalendarDay day = day(cursor);
            if (day.isWorking()) {
                counted++;
                if (day.kind() == DayKind.MAKE_UP_WORKING_DAY) {
                    madeUp.add(day);
                }
            } else {
                skipped.add(day);
            }
        }
        why.add(
                days == 0
                        ? Phrase.of("calendar.explain.sameDay", start)
                        : Phrase.of("calendar.explain.counted", days, start, cursor));
        why.addAll(Explanations.skippedAndMadeUp(skipped, madeUp));
        return new DueDate(start, days, cursor, why);
    }

    /** Working days after {@code from} up to and including {@code to}; {@code to} may not lie before {@code from}. */
    public WorkingDayCount workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The end lies before the start");
        }
        int counted = 0;
        List<CalendarDay> skipped = new ArrayList<>();
        List<CalendarDay> madeUp = new ArrayList<>();
        for (LocalDate cursor = from.plusDays(1); !cursor.isAfter(to); cursor = cursor.plusDays(1)) {
            CalendarDay day = day(cursor);
            if (day.isWorking()) {
                counted++;
                if (day.kind() == DayKind.MAKE_UP_WORKING_DAY) {
                    madeUp.add(day);
                }
            } else {
                skipped.add(day);
            }
        }
        List<Phrase> why = new ArrayList<>();
        why.add(Phrase.of("calendar.explain.between", from, to, counted));
        why.addAll(Explanations.skippedAndMadeUp(skipped, madeUp));
        return new WorkingDayCount(from, to, counted, why);
    }

    private static void requireSensible(int days) {
        if (days < 0 || days > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("Working days must lie between 0 and " + MAX_WORKING_DAYS);
        }
    }
}
