package vn.egov.portal.guard.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.egov.portal.guard.control.ProofOfWork;
import vn.egov.portal.guard.control.SlidingWindow;
import vn.egov.portal.guard.entity.SpentChallenge;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.privacy.control.PersonalDataKey;

/**
 * The anti-abuse gate of every public form (questions, comments, applications), with no third-party
 * service: signed proof-of-work challenges that can be spent once, and rate limits per client
 * address, per e-mail address and on look-ups by tracking code, each feature with its own
 * {@link SubmissionLimits}. The rate windows are in memory (per node); spent challenges are in the
 * database, so a restart does not make them usable again. The challenge key is derived from the
 * personal-data key, so every node and every restart accepts the same challenges. Client and e-mail
 * addresses are counted by their keyed digests only.
 */
@Singleton
@DependsOn("SchemaMigrations")
// Open to every caller on purpose: anonymous submissions and look-ups pass through it.
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SubmissionGuard {

    /** The field name a refused challenge is reported under, in every form and API payload. */
    public static final String CHALLENGE_FIELD = "challenge";

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "portal.guard.challenge.bits", defaultValue = "16")
    int challengeBits;

    @Inject
    @ConfigProperty(name = "portal.guard.challenge.minutes", defaultValue = "30")
    int challengeMinutes;

    @Inject
    Clock clock;

    @Resource
    SessionContext self;

    private ProofOfWork work;
    private final Map<String, SlidingWindow> windows = new ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        // The label dates from when only the Q&A used challenges; changing it would refuse the
        // challenges already handed out.
        byte[] secret = PersonalDataKey.cipher().digest("qa-challenge").getBytes(StandardCharsets.US_ASCII);
        work = new ProofOfWork(secret, challengeBits, Duration.ofMinutes(challengeMinutes));
    }

    /** A fresh challenge for a form or an API client to solve. */
    public String challenge() {
        return work.issue(clock.instant());
    }

    public int bits() {
        return work.bits();
    }

    public Duration challengeLifetime() {
        return Duration.ofMinutes(challengeMinutes);
    }

    /**
     * What is wrong with a proof, as a bundle key to report under {@link #CHALLENGE_FIELD} with the
     * form's other problems; empty when it is valid. Nothing is spent yet.
     */
    public Optional<String> problem(Proof proof, Instant now) {
        ProofOfWork.Verdict verdict =
                proof == null ? ProofOfWork.Verdict.MALFORMED : work.verify(proof.challenge(), proof.nonce(), now);
        return switch (verdict) {
            case VALID -> Optional.empty();
            case EXPIRED -> Optional.of("guard.error.challengeExpired");
            default -> Optional.of("guard.error.challenge");
        };
    }

    /**
     * Spends a valid proof and counts the submission against the feature's limits: 400 when the
     * challenge was spent before (also before a restart), 429 with the wait when the address or the
     * e-mail address (when one is given) is over its limit. The challenge is spent in the caller's
     * transaction, so it is stored with the submission or not at all (a submission that fails on the
     * server leaves its challenge for the retry); a submission refused by its limits spends it all
     * the same, in a transaction of its own, so it cannot be tried again from another address.
     */
    public void admit(Proof proof, SubmissionLimits limits, String clientAddress, String email, Instant now) {
        String id = ProofOfWork.idOf(proof.challenge());
        if (em.find(SpentChallenge.class, id) != null) {
            throw InvalidInputException.of(CHALLENGE_FIELD, "guard.error.challengeUsed");
        }
        Optional<RateLimitedException> refusal = countAgainst(limits, clientAddress, email, now);
        if (refusal.isPresent()) {
            // Through the container, not this.spend(...): a call on this would run in the caller's
            // transaction, which the refusal rolls back.
            self.getBusinessObject(SubmissionGuard.class).spend(proof.challenge(), now);
            throw refusal.get();
        }
        try {
            em.persist(new SpentChallenge(id, now.plus(challengeLifetime())));
            em.flush();
        } catch (PersistenceException spentMeanwhile) {
            // Two submissions raced with one challenge; the unique key let the other through.
            throw InvalidInputException.of(CHALLENGE_FIELD, "guard.error.challengeUsed");
        }
    }

    /** The refusal when the address or the e-mail address is over its limit; empty when both count it. */
    private Optional<RateLimitedException> countAgainst(
            SubmissionLimits limits, String clientAddress, String email, Instant now) {
        SlidingWindow perAddress =
                window(limits.feature() + ":address", limits.perAddressPerHour(), SubmissionLimits.ADDRESS_WINDOW);
        String addressKey = addressKey(clientAddress);
        if (email == null || email.isBlank()) {
            // Nothing to count per e-mail address when the form lets the sender give none.
            return perAddress.tryAcquire(addressKey, now)
                    ? Optional.empty()
                    : Optional.of(
                            new RateLimitedException(perAddress.retryAfter(addressKey, now), limits.refusalKey()));
        }
        SlidingWindow perEmail =
                window(limits.feature() + ":email", limits.perEmailPerDay(), SubmissionLimits.EMAIL_WINDOW);
        String emailKey = emailKey(email);
        if (SlidingWindow.tryAcquireBoth(perAddress, addressKey, perEmail, emailKey, now)) {
            return Optional.empty();
        }
        Duration address = perAddress.retryAfter(addressKey, now);
        Duration mail = perEmail.retryAfter(emailKey, now);
        return Optional.of(new RateLimitedException(address.compareTo(mail) > 0 ? address : mail, limits.refusalKey()));
    }

    /** Counts a look-up or an erasure request by tracking code; 429 with the wait past the limit. */
    public void admitLookup(SubmissionLimits limits, String clientAddress, Instant now) {
        SlidingWindow lookups = window(
                limits.feature() + ":lookup", limits.lookupsPerAddressPerHour(), SubmissionLimits.ADDRESS_WINDOW);
        String addressKey = addressKey(clientAddress);
        if (!lookups.tryAcquire(addressKey, now)) {
            throw new RateLimitedException(lookups.retryAfter(addressKey, now), limits.lookupRefusalKey());
        }
    }

    /** The keyed digest an e-mail address is counted and matched by, never the address itself. */
    public static String emailKey(String email) {
        return PersonalDataKey.cipher().digest(Text.clean(email).toLowerCase(Locale.ROOT));
    }

    /**
     * The keyed digest a client address is counted by, never the address itself: the same key for
     * submissions, look-ups and searches. Throws the personal-data key's unavailability (503).
     */
    public static String addressKey(String clientAddress) {
        return PersonalDataKey.cipher().digest("address:" + clientAddress);
    }

    /** The first caller's limit holds for a window until restart, as the settings do. */
    private SlidingWindow window(String name, int limit, Duration length) {
        return windows.computeIfAbsent(name, unused -> new SlidingWindow(limit, length));
    }

    /**
     * Spends a verified challenge in a transaction of its own; false when it was spent before. For a
     * refused submission, whose own transaction is rolled back.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean spend(String challenge, Instant now) {
        String id = ProofOfWork.idOf(challenge);
        if (em.find(SpentChallenge.class, id) != null) {
            return false;
        }
        try {
            em.persist(new SpentChallenge(id, now.plus(challengeLifetime())));
            em.flush();
            return true;
        } catch (PersistenceException spentMeanwhile) {
            return false;
        }
    }

    /** Challenges that could not be used any more anyway are forgotten. */
    @Schedule(hour = "*", minute = "17", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void forgetExpired() {
        em.createNamedQuery(SpentChallenge.EXPIRED)
                .setParameter("now", clock.instant())
                .executeUpdate();
    }
}
