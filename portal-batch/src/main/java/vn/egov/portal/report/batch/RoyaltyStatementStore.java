package vn.egov.portal.report.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.egov.portal.platform.batch.ExitStatus;
import vn.egov.portal.report.boundary.ReportRuns;
import vn.egov.portal.report.entity.ReportKind;

/** The royalty-statement job's one step: the month's statements stored as its current report, in one transaction. */
@Dependent
@Named("royaltyStatementStore")
public class RoyaltyStatementStore extends AbstractBatchlet {

    @Inject
    ReportRuns runs;

    @Inject
    @BatchProperty(name = "month")
    String month;

    @Override
    public String process() {
        return ExitStatus.of("REPORT", runs.store(ReportKind.ROYALTY_STATEMENT, runs.royaltyStatements(month)));
    }
}
