package vn.egov.portal.report.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.egov.portal.platform.batch.ExitStatus;
import vn.egov.portal.report.boundary.ReportRuns;
import vn.egov.portal.report.control.Figures;
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

    /**
     * The sections step 1 left in memory, and any it did not: after a restart the batch runtime does
     * not run again a partition that completed, and a restart that began here ran none.
     */
    @Override
    public String process() {
        Figures figures = MonthlySections.of(job)
                .figures(runs.month(month).text(), section -> runs.monthlySection(month, section));
        long id = runs.store(ReportKind.MONTHLY, figures);
        return ExitStatus.of("REPORT", id);
    }
}
