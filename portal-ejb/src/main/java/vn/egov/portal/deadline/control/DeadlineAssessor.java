package vn.egov.portal.deadline.control;

import java.time.LocalDate;
import vn.egov.portal.calendar.control.WorkingCalendar;
import vn.egov.portal.deadline.entity.DeadlineStatus;

/**
 * Judges an open obligation on a day, in working days: on track, due soon (within the rule's
 * amber window), due today, overdue, or escalated once overdue by {@code escalateAfter} working
 * days or more. Pure logic over the calendar, so the batch processor and the dashboard agree.
 */
public final class DeadlineAssessor {

    private final WorkingCalendar calendar;
    private final int escalateAfter;

    public DeadlineAssessor(WorkingCalendar calendar, int escalateAfter) {
        if (escalateAfter < 1) {
            throw new IllegalArgumentException("Escalation needs at least one working day overdue");
        }
        this.calendar = calendar;
        this.escalateAfter = escalateAfter;
    }

    public Assessment assess(ObligationSnapshot obligation, LocalDate today) throws InvalidObligationException {
        validate(obligation);
        LocalDate due = obligation.dueDate();
        if (today.isBefore(due)) {
            int left = calendar.workingDaysBetween(today, due).workingDays();
            DeadlineStatus status =
                    left <= obligation.dueSoonDays() ? DeadlineStatus.DUE_SOON : DeadlineStatus.ON_TRACK;
            return new Assessment(obligation.id(), today, status, left, 0);
        }
        if (today.isEqual(due)) {
            return new Assessment(obligation.id(), today, DeadlineStatus.DUE_TODAY, 0, 0);
        }
        int overdue = calendar.workingDaysBetween(due, today).workingDays();
        DeadlineStatus status = overdue >= escalateAfter ? DeadlineStatus.ESCALATED : DeadlineStatus.OVERDUE;
        return new Assessment(obligation.id(), today, status, 0, overdue);
    }

    private static void validate(ObligationSnapshot obligation) throws InvalidObligationException {
        if (obligation.unitCode() == null) {
            throw new InvalidObligationException(obligation.id(), "no responsible unit");
        }
        if (obligation.dueDate() == null || obligation.triggerDate() == null) {
            throw new InvalidObligationException(obligation.id(), "no trigger or due date");
        }
        if (obligation.dueDate().isBefore(obligation.triggerDate())) {
            throw new InvalidObligationException(obligation.id(), "due before its trigger");
        }
    }
}
