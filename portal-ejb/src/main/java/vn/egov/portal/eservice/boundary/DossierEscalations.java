package vn.egov.portal.eservice.boundary;

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
import vn.egov.portal.eservice.control.DossierDeadlines;
import vn.egov.portal.eservice.entity.Application;
import vn.egov.portal.mail.boundary.Outbox;
import vn.egov.portal.platform.entity.LocalizedText;
import vn.egov.portal.qa.boundary.DelegationRegister;

/**
 * What the deadline monitor escalates for the e-services (issue 11): a dossier still without its
 * result some working days after its due date (or the new date of its letter of apology) goes to the
 * head of the competent agency, once per alert. The monitor's digests already tell the agency's
 * mailbox and the board; this tells the person who answers for the agency, as Q&A does. Nothing
 * about the applicant. Only the batch runtime calls it.
 */
@Stateless
// Open to every caller on purpose: the deadline-monitor job runs without a caller.
@PermitAll
public class DossierEscalations {

    static final String KEY_PREFIX = "eservice-escalation:";

    /** One escalated dossier and who must hear of it. */
    public record Escalation(
            long alertId,
            String dossierCode,
            String procedureCode,
            String procedureName,
            LocalizedText agency,
            LocalDate submittedOn,
            LocalDate dueDate,
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

    /** The escalated dossier alerts whose dossiers are still due and whose heads were not told yet. */
    public List<Escalation> listPending() {
        return monitoring.unsentEscalations(DossierDeadlines.KIND, KEY_PREFIX).stream()
                .map(this::escalation)
                .flatMap(Optional::stream)
                .toList();
    }

    /** Queues the mail of one escalation; false when it was queued before. */
    public boolean enqueue(Escalation escalation, String subject, String body) {
        return outbox.enqueue(KEY_PREFIX + escalation.alertId(), escalation.recipients(), subject, body);
    }

    private Optional<Escalation> escalation(DeadlineAlert alert) {
        return Optional.ofNullable(
                        em.find(Application.class, alert.getObligation().getSubjectId()))
                .map(dossier -> new Escalation(
                        alert.getId(),
                        dossier.getCode(),
                        dossier.getProcedure().getCode(),
                        dossier.getProcedure().getName(),
                        dossier.getAgency().getName(),
                        LocalDate.ofInstant(dossier.getSubmittedAt(), clock.getZone()),
                        alert.getDueDate(),
                        register.headAddresses(dossier.getAgency())));
    }
}
