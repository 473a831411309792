package vn.egov.portal.mail.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers the outbox in the background: every {@code portal.mail.dispatch-seconds} (default 60) it
 * sends the mails whose attempt is due. A failed attempt waits its back-off; the next tick tries
 * again. Without an SMTP host nothing is attempted and mails wait.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

    @Resource
    TimerService timers;

    @Inject
    Outbox outbox;

    @Inject
    MailSettings settings;

    @Inject
    @ConfigProperty(name = "portal.mail.dispatch-seconds", defaultValue = "60")
    int intervalSeconds;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void schedule() {
        if (intervalSeconds > 0) {
            long interval = intervalSeconds * 1000L;
            timers.createIntervalTimer(interval, interval, new TimerConfig("mail-dispatch", false));
        }
    }

    @Timeout
    void dispatch() {
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
