package vn.egov.portal.batch.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One execution of a job as operators see it, with the metrics of each step. */
public record ExecutionView(
        long id,
        long instanceId,
        String jobName,
        String batchStatus,
        String exitStatus,
        Instant created,
        Instant started,
        Instant ended,
        Map<String, String> parameters,
        List<StepView> steps) {

    /** A step's outcome and counters (Jakarta Batch metrics). */
    public record StepView(
            long id,
            String name,
            String batchStatus,
            String exitStatus,
            long read,
            long written,
            long filtered,
            long skipped,
            long commits,
            long rollbacks,
            Long durationMillis) {}

    public boolean isRunning() {
        return "STARTING".equals(batchStatus) || "STARTED".equals(batchStatus) || "STOPPING".equals(batchStatus);
    }

    public boolean isRestartable() {
        return "FAILED".equals(batchStatus) || "STOPPED".equals(batchStatus);
    }

    public Long durationMillis() {
        return started == null ? null : (ended == null ? Instant.now() : ended).toEpochMilli() - started.toEpochMilli();
    }

    /** Items read so far by all steps: the progress of a running execution. */
    public long itemsRead() {
        return steps.stream().mapToLong(StepView::read).sum();
    }

    // Faces EL reads JavaBean getters; records only in Java and JSON.
    public long getId() {
        return id;
    }

    public String getBatchStatus() {
        return batchStatus;
    }

    public String getExitStatus() {
        return exitStatus;
    }

    public Instant getStarted() {
        return started;
    }

    public Instant getEnded() {
        return ended;
    }

    public List<StepView> getSteps() {
        return steps;
    }

    public boolean getRunning() {
        return isRunning();
    }

    public boolean getRestartable() {
        return isRestartable();
    }

    public Long getDurationMillis() {
        return durationMillis();
    }
}
