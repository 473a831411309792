package vn.egov.portal.qa.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.egov.portal.privacy.boundary.PersonalDataKey;
import vn.egov.portal.qa.control.ProofOfWork;
import vn.egov.portal.qa.control.SlidingWindow;

/**
 * The anti-abuse gate of the question form, with no third-party service: signed proof-of-work
 * challenges that can be spent once, and rate limits per client address and per e-mail. The state
 * is in memory (per node); the challenge key is derived from the personal-data key, so every node
 * and every restart accepts the same challenges.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SubmissionGuard {

    @Inject
    QaSettings settings;

    private ProofOfWork work;
    private SlidingWindow perAddress;
    private SlidingWindow perEmail;
    private final Map<String, Instant> spent = new ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        byte[] secret = PersonalDataKey.cipher().digest("qa-challenge").getBytes(StandardCharsets.US_ASCII);
        work = new ProofOfWork(secret, settings.challengeBits(), settings.challengeLifetime());
        perAddress = new SlidingWindow(settings.perAddressPerHour(), Duration.ofHours(1));
        perEmail = new SlidingWindow(settings.perEmailPerDay(), Duration.ofDays(1));
    }

    public String issue(Instant now) {
        return work.issue(now);
    }

    public int bits() {
        return work.bits();
    }

    public ProofOfWork.Verdict check(String challenge, String nonce, Instant now) {
        return work.verify(challenge, nonce, now);
    }

    /** Spends a verified challenge; false when it was spent before. */
    public boolean spend(String challenge, Instant now) {
        sweep(now);
        return spent.putIfAbsent(ProofOfWork.idOf(challenge), now.plus(settings.challengeLifetime())) == null;
    }

    /** Counts a submission; empty when admitted, else how long the address or e-mail must wait. */
    public Optional<Duration> admit(String addressKey, String emailKey, Instant now) {
        if (SlidingWindow.tryAcquireBoth(perAddress, addressKey, perEmail, emailKey, now)) {
            return Optional.empty();
        }
        Duration address = perAddress.retryAfter(addressKey, now);
        Duration email = perEmail.retryAfter(emailKey, now);
        return Optional.of(address.compareTo(email) > 0 ? address : email);
    }

    private void sweep(Instant now) {
        if (spent.size() < 4096) {
            return;
        }
        for (Iterator<Instant> it = spent.values().iterator(); it.hasNext(); ) {
            if (it.next().isBefore(now)) {
                it.remove();
            }
        }
    }
}
