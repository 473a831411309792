package vn.egov.portal.calendar.control;

import java.time.LocalDate;
import java.util.Objects;
import vn.egov.portal.platform.i18n.control.Phrase;

/**
 * One date with what it is and why: the holiday's name, the holiday a compensatory day replaces, or
 * the decision (reference and reason) behind an administrator's override.
 */
public record CalendarDay(
        LocalDate date, DayKind kind, Holiday holiday, LocalDate replaces, String reference, String reason) {

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
    }

    public static CalendarDay plain(LocalDate date, DayKind kind) {
        return new CalendarDay(date, kind, null, null, null, null);
    }

    public boolean isWorking() {
        return kind.isWorking();
    }

    /** Why the day is what it is, e.g. "Hùng Kings' Commemoration" or "day off replacing 30/04/2023". */
    public Phrase describe() {
        return switch (kind) {
            case HOLIDAY -> holiday.phrase();
            case COMPENSATORY_DAY_OFF -> Phrase.of("calendar.day.compensatory", replaces);
            case EXTRA_DAY_OFF -> Phrase.of("calendar.day.extraDayOff", reference, reason);
            case MAKE_UP_WORKING_DAY -> Phrase.of("calendar.day.makeUp", reference, reason);
            case WEEKEND -> Phrase.of("calendar.day.weekend");
            case WORKING_DAY -> Phrase.of("calendar.day.working");
        };
    }
}
