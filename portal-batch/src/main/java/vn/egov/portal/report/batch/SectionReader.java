package vn.egov.portal.report.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Reads the one section its partition adds up ({@code section}), once. No checkpoint: a partition
 * that runs again adds its section up again, and one the batch runtime does not run again after
 * it completed is added up by the final step ({@link MonthlyReportStore}).
 */
@Dependent
@Named("monthlySectionReader")
public class SectionReader extends AbstractItemReader {

    @Inject
    @BatchProperty(name = "section")
    String section;

    private boolean read;

    @Override
    public Object readItem() {
        if (read) {
            return null;
        }
        read = true;
        return section;
    }
}
