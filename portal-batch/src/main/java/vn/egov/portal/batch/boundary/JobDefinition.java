package vn.egov.portal.batch.boundary;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import vn.egov.portal.batch.control.JobSchedule;

/**
 * A job the operators may run: its name (the job XML), what it does (a message key), when it runs
 * by itself, and the parameters it accepts with a check for each.
 */
public record JobDefinition(
        String name, String descriptionKey, Map<String, Predicate<String>> parameters, List<JobSchedule> schedules) {

    public JobDefinition {
        parameters = Map.copyOf(parameters);
        schedules = List.copyOf(schedules);
    }
}
