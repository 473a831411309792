package vn.egov.portal.mail.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.egov.portal.platform.boundary.PortalConfig;

/**
 * Delivers the outbox in the background: every {@code portal.mail.dispatch-seconds} (default 60) it
 * sends the mails whose attempt is due. A failed attempt waits its back-off; the next tick tries
 * again. Without an SMTP host nothing is attempted and mails wait. Once a day (03:20 in the portal's
 * zone) it clears the address and text of mails sent more than {@code portal.mail.retention-days}
 * (default 30; 0 keeps them) ago, because those are personal data the portal no longer needs.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());
    private static final String DISPATCH = "mail-dispatch";
    private static final String RETENTION = "mail-retention";

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

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void schedule() {
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
            int cleared = outbox.clearSentBefore(clock.instant().minus(Duration.ofDays(retentionDays)));
            LOG.info(() -> "Mail retention: cleared address and text of " + cleared + " sent mails");
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
            if (sent > 0) {
                LOG.fine(() -> "Mail dispatch sent " + sent);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail dispatch failed; the next tick tries again", e);
        }
    }
}
