package vn.egov.portal.report.batch;

import jakarta.batch.api.partition.PartitionCollector;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Sends a partition's section (JSON text) to the step's analyzer, once. */
@Dependent
@Named("monthlySectionCollector")
public class SectionCollector implements PartitionCollector {

    @Inject
    StepContext step;

    /** Called after each chunk and at the partition's end: the section goes once, then is cleared. */
    @Override
    public Serializable collectPartitionData() {
        Object section = step.getTransientUserData();
        step.setTransientUserData(null);
        return section instanceof String json ? json : null;
    }
}
