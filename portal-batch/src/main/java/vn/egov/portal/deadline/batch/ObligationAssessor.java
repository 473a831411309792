package vn.egov.portal.deadline.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import vn.egov.portal.deadline.boundary.DeadlineMonitoring;
import vn.egov.portal.deadline.control.Assessment;
import vn.egov.portal.deadline.control.DeadlineAssessor;
import vn.egov.portal.deadline.control.InvalidObligationException;
import vn.egov.portal.deadline.control.ObligationSnapshot;

/**
 * Judges one obligation on the run date. The calendar is loaded once per step; the judging itself
 * is the pure {@link #assess} (unit-tested). Quiet obligations that stay on track are filtered out,
 * so the writer touches only what changed or needs an alert.
 */
@Dependent
@Named("obligationAssessor")
public class ObligationAssessor implements ItemProcessor {

    @Inject
    DeadlineMonitoring monitoring;

    @Inject
    @BatchProperty(name = "runDate")
    String runDate;

    private DeadlineAssessor assessor;
    private LocalDate on;

    @Override
    public Object processItem(Object item) throws InvalidObligationException {
        if (assessor == null) {
            assessor = monitoring.assessor();
            on = runDate == null || runDate.isBlank() ? monitoring.today() : LocalDate.parse(runDate.strip());
        }
        return assess(assessor, (ObligationSnapshot) item, on);
    }

    /** The assessment to write, or null when nothing changed and nothing needs saying. */
    static Assessment assess(DeadlineAssessor assessor, ObligationSnapshot obligation, LocalDate on)
            throws InvalidObligationException {
        Assessment assessment = assessor.assess(obligation, on);
        boolean quiet = assessment.status() == obligation.status() && !assessment.needsAlert();
        return quiet ? null : assessment;
    }
}
