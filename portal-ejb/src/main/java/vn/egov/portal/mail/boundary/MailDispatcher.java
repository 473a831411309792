package vn.egov.portal.mail.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.egov.portal.platform.config.boundary.PortalConfig;
import vn.egov.portal.privacy.boundary.SealedDataUnavailableException;

/**
 * Delivers the outbox in the background: every {@code portal.mail.dispatch-seconds} (default 60) it
 * sends the mails whose attempt is due. A failed attempt waits its back-off; the next tick tries
 * again. Without an SMTP host nothing is attempted and mails wait. Once a day (03:20 in the portal's
 * zone) it clears the addresses, subject and text of mails sent, or queued and never sent, more than
 * {@code portal.mail.retention-days} (default 30; 0 keeps them) ago, because those are personal data
 * the portal no longer needs. While the personal-data key is refused the outbox cannot be opened: that
 * is said once, on one line (SealingKeyGuard has logged why), not with a stack trace at every tick.
 */
@Singleton
@Startup
@DependsOn("SealingKeyGuard")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());
    private static final String DISPATCH = "mail-dispatch";
    private static final String RETENTION = "mail-retention";
    private static final int PURGE_BATCH = 500;

    @Resource
    TimerService timers;

    @Inject
    Outbox outbox;

    @Inject
    MailSettings settings;

    @Inject
    @ConfigProperty(name = "portal.mail.dispatch-seconds", defaultValue = "60")
    int intervalSeconds;

    @Inject
    @ConfigProperty(name = "portal.mail.retention-days", defaultValue = "30")
    int retentionDays;

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    /** The key refusal was reported; reset by the first tick that gets through again. */
    private boolean pausedForKey;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void schedule() {
        sealClearRows();
        if (intervalSeconds > 0) {
            long interval = intervalSeconds * 1000L;
            timers.createIntervalTimer(interval, interval, new TimerConfig(DISPATCH, false));
        }
        if (retentionDays > 0) {
            ScheduleExpression nightly = new ScheduleExpression()
                    .hour(3)
                    .minute(20)
                    .timezone(config.zone().getId());
            timers.createCalendarTimer(nightly, new TimerConfig(RETENTION, false));
        }
    }

    private void sealClearRows() {
        try {
            int sealed = outbox.sealClearRows();
            if (sealed > 0) {
                LOG.info(() -> "Mail outbox: sealed " + sealed + " mails stored in clear by an earlier version");
            }
        } catch (RuntimeException e) {
            LOG.warning(() ->
                    "Mail outbox: clear rows left as they are (" + e.getClass().getSimpleName() + ")");
        }
    }

    @Timeout
    void onTimer(Timer timer) {
        if (RETENTION.equals(timer.getInfo())) {
            clearOldMails();
        } else {
            dispatch();
        }
    }

    private void clearOldMails() {
        try {
            Instant before = clock.instant().minus(Duration.ofDays(retentionDays));
            int cleared = 0;
            for (int batch = outbox.purgeBefore(before, PURGE_BATCH);
                    batch > 0;
                    batch = outbox.purgeBefore(before, PURGE_BATCH)) {
                cleared += batch;
            }
            int total = cleared;
            LOG.info(() -> "Mail retention: cleared addresses and text of " + total + " mails");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail retention failed; it runs again tomorrow", e);
        }
    }

    private void dispatch() {
        if (!settings.isConfigured()) {
            return;
        }
        try {
            int sent = outbox.deliverDue(200);
            pausedForKey = false;
            if (sent > 0) {
                LOG.fine(() -> "Mail dispatch sent " + sent);
            }
        } catch (RuntimeException e) {
            if (SealedDataUnavailableException.causing(e).isPresent()) {
                pauseForKey();
            } else {
                LOG.log(Level.WARNING, "Mail dispatch failed; the next tick tries again", e);
            }
        }
    }

    private void pauseForKey() {
        if (!pausedForKey) {
            pausedForKey = true;
            LOG.warning("Mail dispatch paused: the personal-data key is refused, so the outbox cannot be opened;"
                    + " mails wait until the portal restarts with the right key");
        }
    }
}
