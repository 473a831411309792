package vn.egov.portal.qa.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.egov.portal.platform.batch.ExitStatus;
import vn.egov.portal.platform.i18n.control.PortalMessages;
import vn.egov.portal.qa.boundary.QaEscalations;

/**
 * The deadline monitor's Q&A step: each question escalated by the assessment (overdue by the
 * configured working days) is mailed to the head of its agency, once; the deliver step sends it.
 */
@Dependent
@Named("qaEscalation")
public class QaEscalationBatchlet extends AbstractBatchlet {

    @Inject
    QaEscalations escalations;

    @Override
    public String process() {
        EscalationComposer composer = new EscalationComposer(PortalMessages::bundle);
        int queued = 0;
        int unaddressed = 0;
        for (QaEscalations.Escalation escalation : escalations.listPending()) {
            if (escalation.recipients().isEmpty()) {
                unaddressed++;
                continue;
            }
            EscalationComposer.Mail mail = composer.compose(escalation);
            queued += escalations.enqueue(escalation, mail.subject(), mail.body()) ? 1 : 0;
        }
        return ExitStatus.of("ESCALATED", queued, unaddressed);
    }
}
