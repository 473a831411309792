package vn.egov.portal.report.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.egov.portal.platform.batch.ExitStatus;
import vn.egov.portal.report.boundary.ReportRuns;
import vn.egov.portal.report.entity.ReportKind;

/** The final step: stores the month's sections as the period's current report, in one transaction. */
@Dependent
@Named("monthlyReportStore")
public class MonthlyReportStore extends AbstractBatchlet {

    @Inject
    ReportRuns runs;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty(name = "month")
    String month;

    /** The sections step 1 left in memory; after a restart that began here, computed again. */
    @Override
    public String process() {
        MonthlySections sections = MonthlySections.of(job);
        long id = runs.store(ReportKind.MONTHLY, sections.isEmpty() ? runs.monthly(month) : sections.figures());
        return ExitStatus.of("REPORT", id);
    }
}
