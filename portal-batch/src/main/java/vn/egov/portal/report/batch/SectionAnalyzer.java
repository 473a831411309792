package vn.egov.portal.report.batch;

import jakarta.batch.api.partition.AbstractPartitionAnalyzer;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Gathers the sections the partitions computed into the job's {@link MonthlySections}, for the
 * final step to store. They live in the job's memory only: a run that fails before the report is
 * stored leaves nothing behind, and a restart computes them again.
 */
@Dependent
@Named("monthlySectionAnalyzer")
public class SectionAnalyzer extends AbstractPartitionAnalyzer {

    @Inject
    JobContext job;

    @Override
    public void analyzeCollectorData(Serializable data) {
        if (data instanceof String json) {
            MonthlySections.of(job).add(json);
        }
    }
}
