package vn.egov.portal.qa.control;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import vn.egov.portal.calendar.boundary.CalendarChanged;
import vn.egov.portal.calendar.boundary.CalendarService;
import vn.egov.portal.calendar.control.DueDate;
import vn.egov.portal.calendar.control.WorkingCalendar;
import vn.egov.portal.deadline.boundary.DeadlineSettings;
import vn.egov.portal.deadline.boundary.ObligationRequest;
import vn.egov.portal.deadline.boundary.Obligations;
import vn.egov.portal.deadline.control.DeadlineAssessor;
import vn.egov.portal.deadline.control.InvalidObligationException;
import vn.egov.portal.deadline.control.ObligationSnapshot;
import vn.egov.portal.deadline.entity.DeadlineRule;
import vn.egov.portal.deadline.entity.DeadlineStatus;
import vn.egov.portal.deadline.entity.Obligation;
import vn.egov.portal.platform.cache.boundary.PerContentVersion;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.qa.boundary.OpenQuestion;
import vn.egov.portal.qa.entity.Question;
import vn.egov.portal.qa.entity.QuestionEvent;
import vn.egov.portal.qa.entity.QuestionState;

/**
 * The answer clock of Article 9.4: the working days of the deadline rule "qa-answer" (15, kept by
 * the board with the other deadline rules) from receipt, or from a transfer as configured, counted
 * by the portal's working-day calendar with its after-hours rule. Each assignment of a question to
 * an agency is an obligation the deadline monitor watches and escalates; a progress notice moves it
 * to the promised date. This is the only place Q&A meets the calendar and the deadline obligations.
 */
@Stateless
@PermitAll
public class QuestionClock {

    /** The obligations' kind and rule for Q&A; the subject is the assignment (routing) event. */
    public static final String KIND = "qa-answer";

    public static final String RULE = "qa-answer";

    /**
     * The rule's answer period in working days, read once per content version: every receipt counts
     * its expected due date by it, and a change of the rule moves the version (DeadlineRules).
     */
    private static final PerContentVersion<String, Integer> ANSWER_PERIOD = new PerContentVersion<>(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    CalendarService calendar;

    @Inject
    Obligations obligations;

    @Inject
    DeadlineSettings deadlineSettings;

    @Inject
    Clock clock;

    /** The due date a question received at {@code receivedAt} will have, with the calendar's explanation. */
    public DueDate expectedDueDate(Instant receivedAt) {
        return calendar.addWorkingDays(receivedAt, ANSWER_PERIOD.get(RULE, unused -> rule().getWorkingDays()));
    }

    /** Starts the clock of the agency now holding the question, from its deadline's clock start. */
    public void start(Question question, Instant now) {
        Instant from = question.getDeadline().getClockStart();
        question.setDueDate(
                calendar.addWorkingDays(from, rule().getWorkingDays()).date(), now);
        em.flush();
        QuestionEvent assignment = question.currentAssignment()
                .orElseThrow(() -> new IllegalStateException("Not with an agency: " + question.getTrackingCode()));
        obligations.open(new ObligationRequest(
                KIND,
                assignment.getId(),
                question.getTrackingCode() + " · "
                        + question.getField().getName().getVi(),
                "/admin/hoi-dap/answers.xhtml",
                RULE,
                question.getAgency().getCode(),
                LocalDate.ofInstant(from, calendar.rules().zone()),
                from));
    }

    /** A progress notice: the agency's obligation now runs to the promised date. */
    public void promised(Question question) {
        obligationOf(question)
                .forEach(obligation -> obligation.reschedule(
                        question.getDeadline().getPromisedDate(), "qa progress notice " + question.getTrackingCode()));
    }

    /** The agency answered: its clock stops, late by the working days past the date that counted. */
    public void stop(Question question, Instant at) {
        question.currentAssignment().ifPresent(assignment -> obligations.fulfil(KIND, assignment.getId(), at));
    }

    /** The question leaves the agency (transfer, return, split): its clock is dropped. */
    public void cancel(Question question) {
        question.currentAssignment().ifPresent(assignment -> obligations.cancel(KIND, assignment.getId()));
    }

    /**
     * Where each question stands on {@code today}, the way the deadline monitor judges it; null
     * without a date. The calendar and the rule are read once for the whole list.
     */
    public List<OpenQuestion> standings(List<Question> questions, LocalDate today) {
        if (questions.stream().noneMatch(QuestionClock::isRunning)) {
            return questions.stream()
                    .map(question -> new OpenQuestion(question, null))
                    .toList();
        }
        WorkingCalendar current = calendar.calendar();
        DeadlineAssessor assessor = new DeadlineAssessor(current, deadlineSettings.escalateAfter());
        ZoneId zone = current.rules().zone();
        int dueSoonDays = rule().getDueSoonDays();
        return questions.stream()
                .map(question -> new OpenQuestion(question, status(question, today, assessor, zone, dueSoonDays)))
                .toList();
    }

    private static boolean isRunning(Question question) {
        return question.getState().isOpen() && question.getAnswerBy() != null && question.getAgency() != null;
    }

    private static DeadlineStatus status(
            Question question, LocalDate today, DeadlineAssessor assessor, ZoneId zone, int dueSoonDays) {
        if (!isRunning(question)) {
            return null;
        }
        LocalDate answerBy = question.getAnswerBy();
        LocalDate counted = LocalDate.ofInstant(question.getDeadline().getClockStart(), zone);
        ObligationSnapshot snapshot = new ObligationSnapshot(
                question.getId(),
                KIND,
                question.getAgency().getCode(),
                counted.isAfter(answerBy) ? answerBy : counted,
                answerBy,
                dueSoonDays,
                null);
        try {
            return assessor.assess(snapshot, today).status();
        } catch (InvalidObligationException impossible) {
            return null;
        }
    }

    /**
     * A holiday added or moved: the running questions' due dates follow, as their obligations do
     * (recomputed by the deadline feature in the same transaction); a promised date stays promised.
     * Runs after the obligations' own observer, so it can put promised dates back.
     */
    public void recompute(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) CalendarChanged change) {
        Instant now = clock.instant();
        WorkingCalendar current = calendar.calendar();
        int days = rule().getWorkingDays();
        List<Question> running = em.createNamedQuery(Question.IN_STATES, Question.class)
                .setParameter("states", EnumSet.of(QuestionState.ROUTED))
                .getResultList();
        for (Question question : running) {
            question.setDueDate(
                    current.addWorkingDays(question.getDeadline().getClockStart(), days)
                            .date(),
                    now);
            if (question.getDeadline().getPromisedDate() != null) {
                promised(question);
            }
        }
    }

    private List<Obligation> obligationOf(Question question) {
        return question.currentAssignment()
                .map(assignment -> obligations.listFor(KIND, assignment.getId()).stream()
                        .filter(Obligation::isOpen)
                        .toList())
                .orElse(List.of());
    }

    private DeadlineRule rule() {
        return em
                .createNamedQuery(DeadlineRule.BY_CODE, DeadlineRule.class)
                .setParameter("code", RULE)
                .getResultList()
                .stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Deadline rule", RULE));
    }
}
