package vn.egov.portal.qa.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.egov.portal.deadline.boundary.DeadlineMonitoring;
import vn.egov.portal.deadline.entity.DeadlineAlert;
import vn.egov.portal.mail.boundary.Outbox;
import vn.egov.portal.platform.entity.LocalizedText;
import vn.egov.portal.qa.control.QuestionClock;
import vn.egov.portal.qa.entity.Question;

/**
 * What the deadline monitor escalates for Q&A (Articles 9.4, 9.5): a question still unanswered some
 * working days after its date goes to the head of the agency on the delegation register, once. The
 * monitor's own digests already tell the agency's mailbox and the board; this tells the person who
 * answers for the agency. Only the batch runtime calls it.
 */
@Stateless
@PermitAll
public class QaEscalations {

    static final String KEY_PREFIX = "qa-escalation:";

    /** One escalated question and who must hear of it; nothing about the asker. */
    public record Escalation(
            long alertId,
            String trackingCode,
            LocalizedText field,
            LocalizedText agency,
            LocalDate answerBy,
            LocalDate receivedOn,
            List<String> recipients) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    DeadlineMonitoring monitoring;

    @Inject
    DelegationRegister register;

    @Inject
    Clock clock;

    /** The escalated Q&A alerts whose questions are still open and whose heads were not told yet. */
    public List<Escalation> listPending() {
        return monitoring.unsentEscalations(QuestionClock.KIND, KEY_PREFIX).stream()
                .map(this::escalation)
                .flatMap(Optional::stream)
                .toList();
    }

    /** Queues the mail of one escalation; false when it was queued before. */
    public boolean enqueue(Escalation escalation, String subject, String body) {
        return outbox.enqueue(KEY_PREFIX + escalation.alertId(), escalation.recipients(), subject, body);
    }

    private Optional<Escalation> escalation(DeadlineAlert alert) {
        Optional<Question> question = em
                .createQuery("select e.question from QuestionEvent e where e.id = :id", Question.class)
                .setParameter("id", alert.getObligation().getSubjectId())
                .getResultList()
                .stream()
                .findFirst();
        return question.filter(q -> q.getAgency() != null)
                .map(q -> new Escalation(
                        alert.getId(),
                        q.getTrackingCode(),
                        q.getField() == null ? null : q.getField().getName(),
                        q.getAgency().getName(),
                        q.getAnswerBy(),
                        LocalDate.ofInstant(q.getReceivedAt(), clock.getZone()),
                        register.headAddresses(q.getAgency())));
    }
}
