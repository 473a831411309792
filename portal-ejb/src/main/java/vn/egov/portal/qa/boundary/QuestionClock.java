package vn.egov.portal.qa.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.time.LocalDate;
import vn.egov.portal.qa.control.DueStatus;
import vn.egov.portal.qa.entity.Question;

/**
 * The answer clock of Article 9.4: 15 working days from receipt (or from a transfer, as configured),
 * counted by the portal's working-day calendar. This is the only place Q&A meets the calendar and
 * the deadline obligations.
 *
 * <p>The working-day calendar (issue 3) is not in this build yet: until it is wired here, no due
 * date is computed and questions show none. Deadlines are never counted in calendar days instead.
 */
@Stateless
@PermitAll
public class QuestionClock {

    /** The due date a question received at {@code receivedAt} will have; null while no calendar is wired. */
    public LocalDate expectedDueDate(Instant receivedAt) {
        return null;
    }

    /** Starts the clock of the agency now holding the question, from its deadline's clock start. */
    public void start(Question question, Instant now) {
        // Nothing to start without the working-day calendar: see the class comment.
    }

    /** The agency answered: its clock stops. */
    public void stop(Question question, Instant at) {
        // Nothing runs without the working-day calendar: see the class comment.
    }

    /** The question left the agency (transfer, return, split): its clock is dropped. */
    public void cancel(Question question) {
        // Nothing runs without the working-day calendar: see the class comment.
    }

    /** Where an open question stands on {@code today} against its answer date (a promised date counts). */
    public DueStatus status(Question question, LocalDate today) {
        LocalDate answerBy = question.getAnswerBy();
        if (!question.getState().isOpen() || answerBy == null) {
            return DueStatus.NO_DATE;
        }
        return today.isAfter(answerBy) ? DueStatus.OVERDUE : DueStatus.ON_TRACK;
    }
}
