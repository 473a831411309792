package vn.egov.portal.batch.boundary;

import java.time.Instant;
import java.util.List;

/** A job in the operators' list: what it does, when it runs next, how it last ended. */
public record JobSummary(
        String name,
        String descriptionKey,
        String schedule,
        Instant nextRun,
        List<String> parameters,
        ExecutionView last) {

    public String getName() {
        return name;
    }

    public String getDescriptionKey() {
        return descriptionKey;
    }

    public String getSchedule() {
        return schedule;
    }

    public Instant getNextRun() {
        return nextRun;
    }

    public List<String> getParameters() {
        return parameters;
    }

    public ExecutionView getLast() {
        return last;
    }
}
