package vn.egov.portal.eservice.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.egov.portal.eservice.boundary.DossierEscalations;
import vn.egov.portal.platform.batch.ExitStatus;
import vn.egov.portal.platform.i18n.control.PortalMessages;

/**
 * The deadline monitor's e-services step: each dossier escalated by the assessment (overdue by the
 * configured working days, still without its result) is mailed to the head of its agency, once;
 * the deliver step sends it.
 */
@Dependent
@Named("dossierEscalation")
public class DossierEscalationBatchlet extends AbstractBatchlet {

    @Inject
    DossierEscalations escalations;

    @Override
    public String process() {
        DossierEscalationComposer composer = new DossierEscalationComposer(PortalMessages::bundle);
        int queued = 0;
        int unaddressed = 0;
        for (DossierEscalations.Escalation escalation : escalations.listPending()) {
            if (escalation.recipients().isEmpty()) {
                unaddressed++;
                continue;
            }
            DossierEscalationComposer.Mail mail = composer.compose(escalation);
            queued += escalations.enqueue(escalation, mail.subject(), mail.body()) ? 1 : 0;
        }
        return ExitStatus.of("DOSSIERS_ESCALATED", queued, unaddressed);
    }
}
