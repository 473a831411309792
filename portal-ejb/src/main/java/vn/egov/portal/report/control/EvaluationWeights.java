package vn.egov.portal.report.control;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How much each component counts in an agency's score (Article 20.2 evaluation), read from
 * {@code portal.report.evaluation.weight.<component>}: whole numbers 0–100, at least one above 0.
 * A setting that breaks the rule is refused with a message naming it, so a report is never
 * computed with weights nobody chose.
 */
public record EvaluationWeights(Map<Component, Integer> weights) {

    public static final String SETTING_PREFIX = "portal.report.evaluation.weight.";

    private static final int MAX = 100;

    /** What an agency is scored on; {@code key} names its setting and its bundle texts. */
    public enum Component {
        DEADLINES("deadlines", 40),
        QA("qa", 30),
        ESERVICES("eservices", 20),
        PUBLISHING("publishing", 10);

        private final String key;
        private final int defaultWeight;

        Component(String key, int defaultWeight) {
            this.key = key;
            this.defaultWeight = defaultWeight;
        }

        public String key() {
            return key;
        }

        public String settingName() {
            return SETTING_PREFIX + key;
        }
    }

    public EvaluationWeights {
        weights = Map.copyOf(weights);
        for (Component component : Component.values()) {
            Integer weight = weights.get(component);
            if (weight == null || weight < 0 || weight > MAX) {
                throw new IllegalArgumentException(component.settingName() + " is a whole number from 0 to 100");
            }
        }
        if (weights.values().stream().allMatch(weight -> weight == 0)) {
            throw new IllegalArgumentException("At least one of " + SETTING_PREFIX + "* is above 0");
        }
    }

    /** The weights the settings give, each absent one at its default; a bad one is refused by name. */
    public static EvaluationWeights from(Function<String, Optional<String>> settings) {
        Map<Component, Integer> weights = new EnumMap<>(Component.class);
        for (Component component : Component.values()) {
            String setting = settings.apply(component.settingName())
                    .map(String::strip)
                    .orElse(String.valueOf(component.defaultWeight));
            weights.put(component, parse(component, setting));
        }
        return new EvaluationWeights(weights);
    }

    public static EvaluationWeights defaults() {
        return from(name -> Optional.empty());
    }

    public int of(Component component) {
        return weights.get(component);
    }

    private static int parse(Component component, String setting) {
        if (!setting.matches("\\d{1,3}")) {
            throw new IllegalArgumentException(
                    component.settingName() + " is \"" + setting + "\", not a whole number from 0 to 100");
        }
        int weight = Integer.parseInt(setting);
        if (weight > MAX) {
            throw new IllegalArgumentException(
                    component.settingName() + " is " + weight + ", not a whole number from 0 to 100");
        }
        return weight;
    }
}
