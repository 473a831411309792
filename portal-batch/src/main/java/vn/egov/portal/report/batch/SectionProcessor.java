package vn.egov.portal.report.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.egov.portal.report.boundary.ReportRuns;
import vn.egov.portal.report.control.Figures;
import vn.egov.portal.report.control.FiguresJson;

/** Adds up one section of the month with its own queries, as JSON for the step's collector; nothing is stored here. */
@Dependent
@Named("monthlySectionProcessor")
public class SectionProcessor implements ItemProcessor {

    @Inject
    ReportRuns runs;

    @Inject
    @BatchProperty(name = "month")
    String month;

    @Override
    public Object processItem(Object section) {
        Figures.Section figures = runs.monthlySection(month, (String) section);
        return FiguresJson.write(new Figures(runs.month(month).text(), List.of(figures)));
    }
}
