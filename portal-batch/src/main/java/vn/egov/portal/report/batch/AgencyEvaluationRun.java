package vn.egov.portal.report.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.egov.portal.platform.batch.ExitStatus;
import vn.egov.portal.report.boundary.EvaluationSettings;
import vn.egov.portal.report.boundary.ReportRuns;
import vn.egov.portal.report.control.EvaluationWeights;
import vn.egov.portal.report.control.Figures;
import vn.egov.portal.report.entity.ReportKind;

/**
 * Scores and ranks the agencies over the quarter or year and stores the result as the period's
 * current evaluation. The weights are read first, so a bad setting fails the run before any query;
 * the figures are stored in one transaction at the end, so a run that fails leaves no report.
 */
@Dependent
@Named("agencyEvaluation")
public class AgencyEvaluationRun extends AbstractBatchlet {

    @Inject
    ReportRuns runs;

    @Inject
    EvaluationSettings settings;

    @Inject
    @BatchProperty(name = "period")
    String period;

    @Override
    public String process() {
        EvaluationWeights weights = settings.weights();
        Figures figures = runs.agencyEvaluation(period, weights);
        long id = runs.store(ReportKind.AGENCY_EVALUATION, figures);
        return ExitStatus.of("REPORT", id);
    }
}
