package vn.egov.portal.batch.boundary;

import java.util.Map;
import java.util.function.Predicate;

/**
 * A job the operators may run: its name (the job XML), what it does (a message key), when it runs
 * by itself, and the parameters it accepts with a check for each.
 */
public record JobDefinition(String name, String descriptionKey, Map<String, Predicate<String>> parameters) {

    public JobDefinition {
        parameters = Map.copyOf(parameters);
    }
}
