package vn.egov.portal.mail.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import vn.egov.portal.mail.entity.OutboundMail;

/**
 * Sends one outbox mail in a transaction of its own and records the outcome at once, so a mail the
 * server accepted is never sent again by a retry, a second job run or a restart. Logs name mails by
 * id only.
 */
@Stateless
@PermitAll
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    /** What one attempt came to. */
    public enum Outcome {
        SENT,
        ALREADY_DONE,
        RETRY_LATER,
        GAVE_UP,
        /** No SMTP host is configured: nothing was attempted, the mail waits in the outbox. */
        WAITING_FOR_SERVER
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    MailTransport transport;

    @Inject
    MailSettings settings;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome deliver(long mailId) {
        if (!settings.isConfigured()) {
            return Outcome.WAITING_FOR_SERVER;
        }
        OutboundMail mail = em.find(OutboundMail.class, mailId, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null || !mail.isPending()) {
            return Outcome.ALREADY_DONE;
        }
        Instant now = clock.instant();
        try {
            transport.send(mail, now);
            mail.sent(now);
            return Outcome.SENT;
        } catch (SendFailedException rejected) {
            mail.failed("rejected by server: " + rejected.getClass().getSimpleName(), null);
            LOG.warning(() -> "Mail " + mailId + " rejected by the SMTP server; given up");
            return Outcome.GAVE_UP;
        } catch (MessagingException | RuntimeException failure) {
            Duration wait = settings.backoff().delayAfter(mail.getAttempts() + 1);
            mail.failed(describe(failure), wait == null ? null : now.plus(wait));
            LOG.warning(
                    () -> "Mail " + mailId + " not sent (" + describe(failure) + "), attempt " + mail.getAttempts());
            return wait == null ? Outcome.GAVE_UP : Outcome.RETRY_LATER;
        }
    }

    /** The exception's kind and its cause's kind: enough to diagnose, free of addresses and content. */
    static String describe(Exception failure) {
        Throwable cause = failure.getCause();
        return failure.getClass().getSimpleName()
                + (cause == null ? "" : " / " + cause.getClass().getSimpleName());
    }
}
