package vn.egov.portal.batch.boundary;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.egov.portal.platform.i18n.control.PortalMessages;

/** A job in the operators' list: what it does, when it runs by itself and next, how it last ended. */
public record JobSummary(
        String name, String descriptionKey, List<ScheduledRun> schedules, List<String> parameters, ExecutionView last) {

    public JobSummary {
        schedules = List.copyOf(schedules);
        parameters = List.copyOf(parameters);
    }

    /** Its schedules in words, "; " between them; a job with none runs only when started. */
    public String schedule(Locale locale) {
        if (schedules.isEmpty()) {
            return PortalMessages.get(locale, "batch.schedule.none");
        }
        return schedules.stream().map(run -> run.describe(locale)).collect(Collectors.joining("; "));
    }

    /** The soonest of its schedules' next starts, if any is set. */
    public Instant nextRun() {
        return schedules.stream()
                .map(ScheduledRun::nextRun)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    public String getName() {
        return name;
    }

    public String getDescriptionKey() {
        return descriptionKey;
    }

    public Instant getNextRun() {
        return nextRun();
    }

    public List<String> getParameters() {
        return parameters;
    }

    public ExecutionView getLast() {
        return last;
    }
}
