package vn.egov.portal.content.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute: publishes scheduled articles that are due and unpublishes expired ones. Each article
 * has its own transaction, so one failure neither stops the others nor disappears: it is recorded on
 * the article as PUBLISH_FAILED with its reason.
 */
@Singleton
// Open to every caller on purpose: the timer runs without a caller.
@PermitAll
@DependsOn("SchemaMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PublishingTimer {

    private static final Logger LOG = Logger.getLogger(PublishingTimer.class.getName());

    @Inject
    ScheduledPublishing publishing;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "*", persistent = false)
    public void tick() {
        run(clock.instant());
    }

    /** One round; answers how many articles it published. */
    public int run(Instant now) {
        int published = 0;
        for (Long id : publishing.listDueForPublishing(now)) {
            try {
                publishing.publishDue(id);
                published++;
            } catch (RuntimeException failure) {
                String reason = reasonOf(failure);
                LOG.log(Level.WARNING, () -> "Scheduled publication of article " + id + " failed: " + reason);
                publishing.markFailed(id, reason);
            }
        }
        for (Long id : publishing.listDueForUnpublishing(now)) {
            publishing.unpublishDue(id);
        }
        return published;
    }

    private static String reasonOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ScheduledPublishing.PublishingFailure known) {
                return known.getMessage();
            }
        }
        return "workflow.error.unexpected: " + failure.getClass().getSimpleName();
    }
}
