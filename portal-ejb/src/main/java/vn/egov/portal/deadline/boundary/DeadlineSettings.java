package vn.egov.portal.deadline.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code portal.deadlines.escalate-after}: working days overdue before an alert is escalated
 * (default 3). The board's mailbox is {@link vn.egov.portal.site.boundary.BoardMailbox}.
 */
@ApplicationScoped
public class DeadlineSettings {

    @Inject
    @ConfigProperty(name = "portal.deadlines.escalate-after", defaultValue = "3")
    int escalateAfter;

    @Inject
    @ConfigProperty(name = "portal.deadlines.seed", defaultValue = "seed/deadline-rules.json")
    String seed;

    public int escalateAfter() {
        return escalateAfter;
    }

    public String seed() {
        return seed;
    }
}
