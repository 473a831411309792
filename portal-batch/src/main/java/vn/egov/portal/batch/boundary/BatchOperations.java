package vn.egov.portal.batch.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.platform.access.boundary.Roles;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;

/**
 * What the batch operator does (console and API alike): list the jobs with their schedules, start
 * one with parameters, stop or restart an execution, read the history with step metrics.
 */
@Stateless
@RolesAllowed({Roles.BATCH_OPERATOR, Roles.SYSADMIN})
public class BatchOperations {

    @Inject
    JobCatalogue catalogue;

    @Inject
    JobLauncher launcher;

    @Inject
    JobSchedules schedules;

    @Inject
    AuditTrail audit;

    public List<JobSummary> listJobs() {
        return catalogue.list().stream()
                .map(job -> new JobSummary(
                        job.name(),
                        job.descriptionKey(),
                        schedules.of(job),
                        job.parameters().keySet().stream().sorted().toList(),
                        listExecutions(job.name(), 1).stream().findFirst().orElse(null)))
                .toList();
    }

    public long start(String jobName, Map<String, String> parameters) {
        JobDefinition job = catalogue.find(jobName).orElseThrow(() -> new NotFoundException("Job", jobName));
        Properties properties = validate(job, parameters);
        if (launcher.isRunning(jobName)) {
            throw new ConflictException("error.batch.running", "Job already running: " + jobName);
        }
        long id = launcher.start(jobName, properties);
        audit.record("batch.start", "job " + jobName, "execution " + id + " " + properties);
        return id;
    }

    public void stop(long executionId) {
        requireExecution(executionId);
        try {
            launcher.stop(executionId);
            audit.record("batch.stop", "execution " + executionId, null);
        } catch (JobExecutionNotRunningException notRunning) {
            throw new ConflictException("error.batch.notRunning", "Execution not running: " + executionId);
        }
    }

    /** Restarts a failed or stopped execution with its own parameters, overridden by the given ones. */
    public long restart(long executionId, Map<String, String> overrides) {
        ExecutionView previous = getExecution(executionId);
        JobDefinition job =
                catalogue.find(previous.jobName()).orElseThrow(() -> new NotFoundException("Job", previous.jobName()));
        Map<String, String> merged = new LinkedHashMap<>(previous.parameters());
        merged.putAll(overrides);
        Properties properties = validate(job, merged);
        if (launcher.isRunning(job.name())) {
            throw new ConflictException("error.batch.running", "Job already running: " + job.name());
        }
        try {
            long id = launcher.restart(executionId, properties);
            audit.record("batch.restart", "execution " + executionId, "new execution " + id);
            return id;
        } catch (JobRestartException
                | jakarta.batch.operations.JobExecutionAlreadyCompleteException
                | jakarta.batch.operations.JobExecutionNotMostRecentException notRestartable) {
            throw new ConflictException("error.batch.notRestartable", notRestartable.getMessage());
        }
    }

    public ExecutionView getExecution(long executionId) {
        JobOperator operator = launcher.operator();
        return Executions.view(operator, requireExecution(executionId));
    }

    /** The newest executions of a job first. */
    public List<ExecutionView> listExecutions(String jobName, int max) {
        JobOperator operator = launcher.operator();
        List<ExecutionView> views = new ArrayList<>();
        try {
            for (JobInstance instance : operator.getJobInstances(jobName, 0, Math.min(max, 200))) {
                operator.getJobExecutions(instance)
                        .forEach(execution -> views.add(Executions.view(operator, execution)));
            }
        } catch (NoSuchJobException neverRan) {
            return List.of();
        }
        return views.stream()
                .sorted(Comparator.comparingLong(ExecutionView::id).reversed())
                .limit(max)
                .toList();
    }

    private JobExecution requireExecution(long executionId) {
        try {
            return launcher.operator().getJobExecution(executionId);
        } catch (NoSuchJobExecutionException missing) {
            throw new NotFoundException("Job execution", executionId);
        }
    }

    private static Properties validate(JobDefinition job, Map<String, String> parameters) {
        Map<String, String> errors = new LinkedHashMap<>();
        Properties properties = new Properties();
        parameters.forEach((name, value) -> {
            var check = job.parameters().get(name);
            if (check == null) {
                errors.put("parameters." + name, "error.batch.parameter.unknown");
            } else if (value == null || !check.test(value.strip())) {
                errors.put("parameters." + name, "error.batch.parameter." + name);
            } else {
                properties.setProperty(name, value.strip());
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return properties;
    }
}
