package vn.egov.portal.batch.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.omnifaces.util.Messages;
import vn.egov.portal.batch.boundary.BatchOperations;
import vn.egov.portal.batch.boundary.ExecutionView;
import vn.egov.portal.batch.boundary.JobCatalogue;
import vn.egov.portal.batch.boundary.JobSummary;
import vn.egov.portal.deadline.boundary.DeadlineMonitoring;
import vn.egov.portal.platform.batch.ExitStatus;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.i18n.web.PortalLocale;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.platform.validation.web.FacesFeedback;

/** The operator's console: jobs and schedules, start/stop/restart, history with step metrics, live progress. */
@Named
@ViewScoped
public class BatchConsolePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BatchOperations operations;

    @Inject
    DeadlineMonitoring monitoring;

    @Inject
    PortalLocale locale;

    private List<JobSummary> jobs;
    private List<ExecutionView> executions;
    private long openObligations;
    private String parameters;

    @PostConstruct
    void load() {
        jobs = operations.listJobs();
        executions = operations.listExecutions(JobCatalogue.DEADLINE_MONITOR, 20);
        openObligations = monitoring.countOpen();
    }

    public void refresh() {
        load();
    }

    public void start(String job) {
        try {
            long id = operations.start(job, parse(parameters));
            Messages.addGlobalInfo(FacesFeedback.text("batch.started").replace("{0}", String.valueOf(id)));
            load();
        } catch (InvalidInputException invalid) {
            FacesFeedback.show(invalid, "jobs");
        } catch (ConflictException conflict) {
            FacesFeedback.show(conflict);
        }
    }

    public void stop(ExecutionView execution) {
        try {
            operations.stop(execution.id());
            FacesFeedback.done("batch.stopped");
        } catch (ConflictException conflict) {
            FacesFeedback.show(conflict);
        }
        load();
    }

    public void restart(ExecutionView execution) {
        try {
            long id = operations.restart(execution.id(), parse(parameters));
            Messages.addGlobalInfo(FacesFeedback.text("batch.restarted").replace("{0}", String.valueOf(id)));
        } catch (InvalidInputException invalid) {
            FacesFeedback.show(invalid, "jobs");
        } catch (ConflictException conflict) {
            FacesFeedback.show(conflict);
        }
        load();
    }

    /** "name=value" per line; a line without "=" is reported against the parameters field. */
    static Map<String, String> parse(String text) {
        Map<String, String> parsed = new LinkedHashMap<>();
        if (text == null) {
            return parsed;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 1) {
                throw InvalidInputException.of("parameters", "error.batch.parameters");
            }
            parsed.put(
                    line.substring(0, equals).strip(),
                    line.substring(equals + 1).strip());
        }
        return parsed;
    }

    /** The outcome the job or step stored, in the reader's language. */
    public String outcome(String exitStatus) {
        return ExitStatus.describe(exitStatus, locale.getLocale());
    }

    public String duration(Long millis) {
        return Durations.text(millis, locale.getLocale());
    }

    /** "runDate = 2025-05-02 · chunkSize = 1", or that the defaults were used. */
    public String parameters(ExecutionView execution) {
        if (execution.parameters().isEmpty()) {
            return FacesFeedback.text("batch.parameters.none");
        }
        return execution.parameters().entrySet().stream()
                .map(parameter -> parameter.getKey() + " = " + parameter.getValue())
                .collect(Collectors.joining(" · "));
    }

    public String schedule(JobSummary job) {
        return job.schedule(locale.getLocale());
    }

    public boolean isAnyRunning() {
        return executions.stream().anyMatch(ExecutionView::isRunning);
    }

    /** Percentage of the open obligations the running execution has read. */
    public int progress(ExecutionView execution) {
        if (openObligations == 0) {
            return execution.isRunning() ? 0 : 100;
        }
        return (int) Math.min(100, execution.itemsRead() * 100 / openObligations);
    }

    public long getOpenObligations() {
        return openObligations;
    }

    public List<JobSummary> getJobs() {
        return jobs;
    }

    public List<ExecutionView> getExecutions() {
        return executions;
    }

    public String getParameters() {
        return parameters;
    }

    public void setParameters(String parameters) {
        this.parameters = parameters;
    }
}
