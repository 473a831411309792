package vn.egov.portal.deadline.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import vn.egov.portal.mail.boundary.MailDelivery;
import vn.egov.portal.mail.boundary.Outbox;

/**
 * Sends the mails the job queued (alert digests, Q&A escalations), each in its own transaction, trying each up to
 * {@code mailAttempts} times with a doubling pause. Mails the server accepted are marked sent at
 * once; if any remain, the step fails with the reason, and a restart sends only those.
 */
@Dependent
@Named("alertMailDelivery")
public class AlertMailDelivery extends AbstractBatchlet {

    private static final long FIRST_PAUSE_MILLIS = 500;

    @Inject
    Outbox outbox;

    @Inject
    MailDelivery delivery;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty(name = "mailAttempts")
    String mailAttempts;

    /** The key prefixes of the mails this job queues (comma-separated): its digests, and Q&A escalations. */
    @Inject
    @BatchProperty(name = "keyPrefixes")
    String keyPrefixes;

    private volatile boolean stopping;

    @Override
    public String process() throws Exception {
        List<Long> pending = prefixes().stream()
                .flatMap(prefix -> outbox.listPending(prefix).stream())
                .toList();
        int sent = 0;
        int undelivered = 0;
        for (Long id : pending) {
            if (stopping) {
                return "STOPPED";
            }
            if (deliverWithRetries(id)) {
                sent++;
            } else {
                undelivered++;
            }
        }
        if (undelivered > 0) {
            String reason = "FAILED: " + undelivered + " of " + pending.size()
                    + " alert mails not accepted by the mail server; restart when it is reachable";
            step.setExitStatus(reason);
            job.setExitStatus(reason);
            throw new MailUndeliveredException(reason);
        }
        job.setExitStatus("COMPLETED: " + sent + " alert mails sent");
        return "SENT " + sent;
    }

    private List<String> prefixes() {
        if (keyPrefixes == null || keyPrefixes.isBlank()) {
            return List.of(AlertNotifier.KEY_PREFIX);
        }
        return Arrays.stream(keyPrefixes.split(","))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }

    private boolean deliverWithRetries(long id) throws InterruptedException {
        int attempts = attempts();
        long pause = FIRST_PAUSE_MILLIS;
        for (int attempt = 1; attempt <= attempts && !stopping; attempt++) {
            MailDelivery.Outcome outcome = delivery.deliver(id);
            if (outcome == MailDelivery.Outcome.SENT || outcome == MailDelivery.Outcome.ALREADY_DONE) {
                return true;
            }
            if (outcome == MailDelivery.Outcome.GAVE_UP) {
                return false;
            }
            if (attempt < attempts) {
                Thread.sleep(pause);
                pause *= 2;
            }
        }
        return false;
    }

    private int attempts() {
        return mailAttempts == null || mailAttempts.isBlank()
                ? 3
                : Math.max(1, Math.min(10, Integer.parseInt(mailAttempts.strip())));
    }

    @Override
    public void stop() {
        stopping = true;
    }
}
