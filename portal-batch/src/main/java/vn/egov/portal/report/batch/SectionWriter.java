package vn.egov.portal.report.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Hands the partition's section to the step's collector through the partition's transient data:
 * the sections live in the job's memory until the final step stores them in one transaction.
 */
@Dependent
@Named("monthlySectionWriter")
public class SectionWriter extends AbstractItemWriter {

    @Inject
    StepContext step;

    @Override
    public void writeItems(List<Object> sections) {
        sections.forEach(step::setTransientUserData);
    }
}
