package vn.egov.portal.report.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import vn.egov.portal.report.control.EvaluationWeights;

/**
 * {@code portal.report.evaluation.weight.deadlines}, {@code .qa}, {@code .eservices} and
 * {@code .publishing} (40, 30, 20, 10): how much each component counts in the agency evaluation.
 * Read at each run, so a changed setting applies to the next run; a bad one stops the run before
 * anything is computed, with one log line naming the setting.
 */
@ApplicationScoped
public class EvaluationSettings {

    private static final Logger LOG = Logger.getLogger(EvaluationSettings.class.getName());

    @Inject
    Config config;

    /** The weights now; an invalid setting is logged and refused with an {@link IllegalStateException}. */
    public EvaluationWeights weights() {
        try {
            return EvaluationWeights.from(name -> config.getOptionalValue(name, String.class));
        } catch (IllegalArgumentException invalid) {
            LOG.severe(() -> "agency-evaluation cannot run: " + invalid.getMessage());
            throw new IllegalStateException(invalid.getMessage(), invalid);
        }
    }
}
