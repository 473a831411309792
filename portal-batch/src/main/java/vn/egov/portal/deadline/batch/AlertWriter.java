package vn.egov.portal.deadline.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.egov.portal.deadline.boundary.DeadlineMonitoring;
import vn.egov.portal.deadline.control.Assessment;

/** Stores the chunk's assessments and raises their alerts, in the chunk's transaction. */
@Dependent
@Named("alertWriter")
public class AlertWriter extends AbstractItemWriter {

    @Inject
    DeadlineMonitoring monitoring;

    @Inject
    JobContext job;

    @Override
    public void writeItems(List<Object> items) {
        monitoring.record(items.stream().map(Assessment.class::cast).toList(), job.getExecutionId());
    }
}
