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
import vn.egov.portal.platform.batch.ExitStatus;

/**
 * Sends the mails the job queued (alert digests, Q&A escalations), each in its own transaction, trying each up to
 * {@code mailAttempts} times with a doubling pause. Mails the server accepted are marked sent at
 * once; if any remain, the step fails with the reason, and a restart sends only those. Without a
 * mail server configured (a fresh install) the mails wait in the outbox, as they do for every other
 * feature, and the step succeeds saying how many wait.
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
        int waiting = 0;
        int undelivered = 0;
        for (Long id : pending) {
            if (stopping) {
                return "STOPPED";
            }
            switch (deliverWithRetries(id)) {
                case SENT, ALREADY_DONE -> sent++;
                case WAITING_FOR_SERVER -> waiting++;
                default -> undelivered++;
            }
        }
        if (undelivered > 0) {
            String status = ExitStatus.of("MAILS_UNDELIVERED", undelivered, pending.size());
            step.setExitStatus(status);
            job.setExitStatus(status);
            throw new MailUndeliveredException(
                    undelivered + " of " + pending.size() + " mails not accepted by the mail server");
        }
        String status = waiting > 0 ? ExitStatus.of("MAILS_WAITING", waiting) : ExitStatus.of("MAILS_SENT", sent);
        job.setExitStatus(status);
        return status;
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

    /** The last outcome: retried (with a doubling pause) only while the server may yet accept it. */
    private MailDelivery.Outcome deliverWithRetries(long id) throws InterruptedException {
        int attempts = attempts();
        long pause = FIRST_PAUSE_MILLIS;
        MailDelivery.Outcome outcome = MailDelivery.Outcome.RETRY_LATER;
        for (int attempt = 1; attempt <= attempts && !stopping; attempt++) {
            outcome = delivery.deliver(id);
            if (outcome != MailDelivery.Outcome.RETRY_LATER) {
                return outcome;
            }
            if (attempt < attempts) {
                Thread.sleep(pause);
                pause *= 2;
            }
        }
        return outcome;
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
