package vn.egov.portal.deadline.batch;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;

/** Logs how each run ended and, for a failure, the reason the failing step recorded. */
@Dependent
@Named("deadlineMonitorListener")
public class DeadlineMonitorListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(DeadlineMonitorListener.class.getName());

    @Inject
    JobContext job;

    @Override
    public void afterJob() {
        if (job.getBatchStatus() == BatchStatus.FAILED) {
            LOG.warning(() -> "deadline-monitor execution " + job.getExecutionId() + " failed: " + job.getExitStatus());
        } else {
            LOG.info(() -> "deadline-monitor execution " + job.getExecutionId() + " ended " + job.getBatchStatus());
        }
    }
}
