package vn.egov.portal.eservice.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import vn.egov.portal.calendar.control.WorkingCalendar;

/**
 * The processing clock of a dossier, counted by the portal's working-day calendar: the due date is
 * the procedure's working days from receipt (after office hours or on a day off, from the next
 * working day). A supplement request stops it and keeps the working days that were left after the
 * day it stopped; the supplement starts them again from the moment it arrives, with the same rule.
 */
public final class DossierClock {

    private final WorkingCalendar calendar;

    public DossierClock(WorkingCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    public LocalDate dueDate(Instant receivedAt, int workingDays) {
        return calendar.addWorkingDays(receivedAt, workingDays).date();
    }

    /** The working days after the day the clock stops up to the due date; none once it is past. */
    public int remaining(Instant stoppedAt, LocalDate dueDate) {
        LocalDate stopped = LocalDate.ofInstant(stoppedAt, calendar.rules().zone());
        return dueDate.isAfter(stopped)
                ? calendar.workingDaysBetween(stopped, dueDate).workingDays()
                : 0;
    }

    /** The new due date when the clock starts again at {@code resumedAt} with {@code remaining} days. */
    public LocalDate resume(Instant resumedAt, int remaining) {
        return calendar.addWorkingDays(resumedAt, remaining).date();
    }

    /** The new appointment date a letter of apology proposes: {@code workingDays} working days after {@code today}. */
    public LocalDate newAppointment(LocalDate today, int workingDays) {
        return calendar.addWorkingDays(today, workingDays).date();
    }

    /** A date the agency may promise: a working day after today. */
    public boolean isPromisable(LocalDate date, LocalDate today) {
        return date.isAfter(today) && calendar.isWorkingDay(date);
    }
}
