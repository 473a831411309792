package vn.egov.portal.deadline.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code portal.deadlines.escalate-after} (working days overdue before an alert is escalated,
 * default 3) and {@code portal.deadlines.board-unit} (the organisation unit whose official mailbox
 * receives the board's alerts, default the editorial board of the seed).
 */
@ApplicationScoped
public class DeadlineSettings {

    @Inject
    @ConfigProperty(name = "portal.deadlines.escalate-after", defaultValue = "3")
    int escalateAfter;

    @Inject
    @ConfigProperty(name = "portal.deadlines.board-unit", defaultValue = "ban-bien-tap-cong")
    String boardUnit;

    @Inject
    @ConfigProperty(name = "portal.deadlines.seed", defaultValue = "seed/deadline-rules.json")
    String seed;

    public int escalateAfter() {
        return escalateAfter;
    }

    public String boardUnit() {
        return boardUnit;
    }

    public String seed() {
        return seed;
    }
}
