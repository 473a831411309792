package vn.egov.portal.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one editorial workflow of this installation, as configured: whoever moves an article (an
 * official through the console or the API, the publishing timer, the demo data) is judged by the same
 * rules, {@code portal.editorial.self-approval} included.
 */
@ApplicationScoped
public class EditorialRules {

    @Inject
    @ConfigProperty(name = "portal.editorial.self-approval", defaultValue = "false")
    boolean selfApproval;

    @Produces
    public EditorialWorkflow workflow() {
        return new EditorialWorkflow(selfApproval);
    }
}
