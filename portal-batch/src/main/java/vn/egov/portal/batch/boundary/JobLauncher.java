package vn.egov.portal.batch.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Stateless;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The one place that calls {@link JobOperator}. It lives in portal-batch on purpose: the batch
 * runtime finds META-INF/batch-jobs through the class loader of the class that starts the job.
 * Used by the operators' boundary and by the schedule; not exposed to callers directly.
 */
@Stateless
@PermitAll
public class JobLauncher {

    private static final Set<BatchStatus> ACTIVE =
            EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

    public JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    public long start(String job, Properties parameters) {
        return operator().start(job, parameters);
    }

    public long restart(long executionId, Properties parameters) {
        return operator().restart(executionId, parameters);
    }

    public void stop(long executionId) {
        operator().stop(executionId);
    }

    public boolean isRunning(String job) {
        return !runningExecutions(job).isEmpty();
    }

    /** The ids of the job's executions that are starting, running or stopping. */
    public List<Long> runningExecutions(String job) {
        try {
            return operator().getRunningExecutions(job).stream()
                    .filter(id -> ACTIVE.contains(operator().getJobExecution(id).getBatchStatus()))
                    .toList();
        } catch (NoSuchJobException neverRan) {
            return List.of();
        }
    }
}
