package vn.egov.portal.batch.rest;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.egov.portal.batch.boundary.ExecutionView;
import vn.egov.portal.batch.boundary.JobSummary;
import vn.egov.portal.platform.batch.ExitStatus;
import vn.egov.portal.platform.i18n.control.PortalMessages;

/**
 * What the batch API answers: each property once, named as documented. The boundary's records carry
 * JavaBean getters for the console's pages; serialising them would repeat every property.
 * {@code exitStatus} is the stored code ("MAILS_WAITING 3"), {@code outcome} the same in the
 * caller's language. Steps are the boundary's own records, which have no getters.
 */
public final class BatchViews {

    private BatchViews() {}

    public record Parameter(String name, String description) {}

    public record Job(
            String name,
            String description,
            String schedule,
            Instant nextRun,
            List<Parameter> parameters,
            Execution lastExecution) {

        public static Job of(JobSummary job, Locale locale) {
            return new Job(
                    job.name(),
                    PortalMessages.get(locale, job.descriptionKey()),
                    job.schedule(locale),
                    job.nextRun(),
                    job.parameters().stream()
                            .map(name -> new Parameter(name, PortalMessages.get(locale, "batch.parameterHelp." + name)))
                            .toList(),
                    job.last() == null ? null : Execution.of(job.last(), locale));
        }
    }

    public record Execution(
            long id,
            long instanceId,
            String jobName,
            String batchStatus,
            String exitStatus,
            String outcome,
            Instant created,
            Instant started,
            Instant ended,
            Long durationMillis,
            boolean running,
            boolean restartable,
            Map<String, String> parameters,
            List<ExecutionView.StepView> steps) {

        public static Execution of(ExecutionView execution, Locale locale) {
            return new Execution(
                    execution.id(),
                    execution.instanceId(),
                    execution.jobName(),
                    execution.batchStatus(),
                    execution.exitStatus(),
                    ExitStatus.describe(execution.exitStatus(), locale),
                    execution.created(),
                    execution.started(),
                    execution.ended(),
                    execution.durationMillis(),
                    execution.isRunning(),
                    execution.isRestartable(),
                    execution.parameters(),
                    execution.steps());
        }
    }
}
