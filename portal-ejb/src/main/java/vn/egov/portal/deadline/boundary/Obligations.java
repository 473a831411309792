package vn.egov.portal.deadline.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import vn.egov.portal.calendar.boundary.CalendarChanged;
import vn.egov.portal.calendar.boundary.CalendarService;
import vn.egov.portal.calendar.control.WorkingCalendar;
import vn.egov.portal.deadline.entity.DeadlineRule;
import vn.egov.portal.deadline.entity.Obligation;
import vn.egov.portal.deadline.entity.ObligationState;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.site.entity.OrgUnit;

/**
 * Running deadlines for every feature: open one when a trigger is recorded, fulfil it when the
 * information is published, and move the open ones when the calendar changes. Called from other
 * boundaries, which have checked the caller already.
 */
@Stateless
@PermitAll
public class Obligations {

    private static final Logger LOG = Logger.getLogger(Obligations.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CalendarService calendarService;

    /**
     * Opens the obligation, or returns the one already opened for this kind, subject and rule. Its due
     * date is the request's when given, else the rule's working days from the trigger.
     */
    public Obligation open(ObligationRequest request) {
        DeadlineRule rule = rule(request.ruleCode());
        List<Obligation> existing = listFor(request.kind(), request.subjectId()).stream()
                .filter(obligation -> obligation.getRule().getCode().equals(rule.getCode()))
                .toList();
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        OrgUnit unit = request.unitCode() == null ? null : unit(request.unitCode());
        boolean given = request.dueDate() != null;
        LocalDate due = given
                ? request.dueDate()
                : dueDate(
                        calendarService.calendar(),
                        request.triggerDate(),
                        request.triggeredAt(),
                        rule.getWorkingDays());
        Obligation obligation = new Obligation(
                request.kind(),
                request.subjectId(),
                request.subjectTitle(),
                request.subjectLink(),
                rule,
                unit,
                request.triggerDate(),
                request.triggeredAt(),
                due,
                given);
        em.persist(obligation);
        return obligation;
    }

    /** Marks the subject's open obligations fulfilled at {@code at}, late by the working days past due. */
    public List<Obligation> fulfil(String kind, long subjectId, Instant at) {
        WorkingCalendar calendar = calendarService.calendar();
        LocalDate on = LocalDate.ofInstant(at, calendar.rules().zone());
        List<Obligation> open =
                listFor(kind, subjectId).stream().filter(Obligation::isOpen).toList();
        open.forEach(obligation -> obligation.fulfil(at, lateBy(calendar, obligation.getDueDate(), on)));
        return open;
    }

    /** The subject no longer needs the work: its running or paused obligations are called off. */
    public void cancel(String kind, long subjectId) {
        listFor(kind, subjectId).stream().filter(Obligation::isPending).forEach(Obligation::cancel);
    }

    /** The subject's running obligations now fall due on {@code dueDate} (a promise, a new appointment). */
    public void reschedule(String kind, long subjectId, LocalDate dueDate, String note) {
        listFor(kind, subjectId).stream()
                .filter(Obligation::isOpen)
                .forEach(obligation -> obligation.reschedule(dueDate, note));
    }

    /** The owner waits on somebody else: the subject's running obligations stop until {@link #resume}. */
    public void pause(String kind, long subjectId, String note) {
        listFor(kind, subjectId).stream().filter(Obligation::isOpen).forEach(obligation -> obligation.pause(note));
    }

    /** The wait is over: the subject's paused obligations run again, now due on {@code dueDate}. */
    public void resume(String kind, long subjectId, LocalDate dueDate, String note) {
        listFor(kind, subjectId).stream()
                .filter(obligation -> obligation.getState() == ObligationState.PAUSED)
                .forEach(obligation -> obligation.resume(dueDate, note));
    }

    public List<Obligation> listFor(String kind, long subjectId) {
        return em.createNamedQuery(Obligation.BY_SUBJECT, Obligation.class)
                .setParameter("kind", kind)
                .setParameter("subjectId", subjectId)
                .getResultList();
    }

    /**
     * A holiday added, moved or removed: every open obligation whose counting span holds that date
     * gets its due date recomputed, in the transaction that changed the calendar.
     */
    public void recompute(@Observes CalendarChanged change) {
        WorkingCalendar calendar = calendarService.calendar();
        List<Obligation> spanning = em.createNamedQuery(Obligation.OPEN_SPANNING, Obligation.class)
                .setParameter("date", change.date())
                .getResultList();
        int moved = 0;
        for (Obligation obligation : spanning) {
            if (obligation.isDueGiven()) {
                // The owning feature counts this date; it follows the calendar on its own terms.
                continue;
            }
            LocalDate due = dueDate(
                    calendar, obligation.getTriggerDate(), obligation.getTriggeredAt(), obligation.getWorkingDays());
            if (!due.equals(obligation.getDueDate())) {
                obligation.reschedule(due, change.reference() + ": " + change.reason());
                moved++;
            }
        }
        int count = moved;
        LOG.info(() -> "Calendar change on " + change.date() + " moved " + count + " running deadlines");
    }

    static LocalDate dueDate(WorkingCalendar calendar, LocalDate triggerDate, Instant triggeredAt, int days) {
        return triggeredAt != null
                ? calendar.addWorkingDays(triggeredAt, days).date()
                : calendar.addWorkingDays(triggerDate, days).date();
    }

    static int lateBy(WorkingCalendar calendar, LocalDate due, LocalDate on) {
        return on.isAfter(due)
                ? Math.max(1, calendar.workingDaysBetween(due, on).workingDays())
                : 0;
    }

    private DeadlineRule rule(String code) {
        return em
                .createNamedQuery(DeadlineRule.BY_CODE, DeadlineRule.class)
                .setParameter("code", code)
                .getResultList()
                .stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Deadline rule", code));
    }

    private OrgUnit unit(String code) {
        return em.createNamedQuery(OrgUnit.BY_CODE, OrgUnit.class).setParameter("code", code).getResultList().stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Organisation unit", code));
    }
}
