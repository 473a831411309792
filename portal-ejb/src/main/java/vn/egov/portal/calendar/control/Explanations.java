package vn.egov.portal.calendar.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.egov.portal.platform.i18n.control.Phrase;

/**
 * Turns the days a count left out into short sentences: holidays by name with their dates, the
 * number of weekend days, compensatory and decided days off, and make-up working days counted.
 */
final class Explanations {

    private Explanations() {}

    static List<Phrase> skippedAndMadeUp(List<CalendarDay> skipped, List<CalendarDay> madeUp) {
        List<Phrase> lines = new ArrayList<>();
        Map<Holiday, List<Object>> holidays = new LinkedHashMap<>();
        List<Object> compensatory = new ArrayList<>();
        List<Object> decided = new ArrayList<>();
        long weekends = 0;
        for (CalendarDay day : skipped) {
            switch (day.kind()) {
                case HOLIDAY -> holidays.computeIfAbsent(day.holiday(), h -> new ArrayList<>())
                        .add(day.date());
                case COMPENSATORY_DAY_OFF -> compensatory.add(
                        Phrase.of("calendar.explain.dateFor", day.date(), day.replaces()));
                case EXTRA_DAY_OFF -> decided.add(
                        Phrase.of("calendar.explain.dateBecause", day.date(), day.reference()));
                default -> weekends++;
            }
        }
        if (!holidays.isEmpty()) {
            List<Object> named = new ArrayList<>();
            holidays.forEach(
                    (holiday, dates) -> named.add(Phrase.of("calendar.explain.holidayDates", dates, holiday.phrase())));
            lines.add(Phrase.of("calendar.explain.skippedHolidays", named));
        }
        if (!compensatory.isEmpty()) {
            lines.add(Phrase.of("calendar.explain.skippedCompensatory", compensatory));
        }
        if (!decided.isEmpty()) {
            lines.add(Phrase.of("calendar.explain.skippedDecided", decided));
        }
        if (weekends > 0) {
            lines.add(Phrase.of("calendar.explain.skippedWeekends", weekends));
        }
        if (!madeUp.isEmpty()) {
            List<Object> dates = madeUp.stream()
                    .map(day -> (Object) Phrase.of("calendar.explain.dateBecause", day.date(), day.reference()))
                    .toList();
            lines.add(Phrase.of("calendar.explain.countedMakeUp", dates));
        }
        return lines;
    }
}
