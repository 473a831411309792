package vn.egov.portal.calendar.control;

import java.time.LocalDate;
import java.util.Objects;

/** An administrator's entry from a year's official decision; it wins over the computed calendar. */
public record DayOverride(LocalDate date, boolean dayOff, String reference, String reason) {

    public DayOverride {
        Objects.requireNonNull(date, "date");
    }

    public CalendarDay toDay() {
        return new CalendarDay(
                date, dayOff ? DayKind.EXTRA_DAY_OFF : DayKind.MAKE_UP_WORKING_DAY, null, null, reference, reason);
    }
}
