package vn.egov.portal.report.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.egov.portal.platform.batch.ExitStatus;
import vn.egov.portal.report.boundary.ReportRuns;
import vn.egov.portal.report.control.Figures;
import vn.egov.portal.report.control.FiguresJson;

/**
 * Adds up one section of the month (its partition's {@code section}) and hands it, as JSON, to the
 * step's collector; nothing is stored here.
 */
@Dependent
@Named("monthlySection")
public class SectionBatchlet extends AbstractBatchlet {

    @Inject
    ReportRuns runs;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty(name = "month")
    String month;

    @Inject
    @BatchProperty(name = "section")
    String section;

    @Override
    public String process() {
        Figures.Section figures = runs.monthlySection(month, section);
        String period = runs.month(month).text();
        step.setTransientUserData(FiguresJson.write(new Figures(period, List.of(figures))));
        return ExitStatus.of("ROWS", figures.rows().size());
    }
}
