package vn.egov.portal.qa.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
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
import java.util.Optional;
import vn.egov.portal.privacy.control.PersonalDataKey;
import vn.egov.portal.qa.control.ProofOfWork;
import vn.egov.portal.qa.control.SlidingWindow;
import vn.egov.portal.qa.entity.SpentChallenge;

/**
 * The anti-abuse gate of the public Q&A, with no third-party service: signed proof-of-work
 * challenges that can be spent once, rate limits on questions per client address and per e-mail,
 * and on tracking-code look-ups and erasure requests per address. The rate windows are in memory
 * (per node); spent challenges are in the database, so a restart does not make them usable again.
 * The challenge key is derived from the personal-data key, so every node and every restart accepts
 * the same challenges.
 */
@Singleton
// Open to every caller on purpose: anonymous askers' submissions and look-ups pass through it.
@PermitAll
@DependsOn("SchemaMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SubmissionGuard {

    @PersistenceContext
    EntityManager em;

    @Inject
    QaSettings settings;

    @Inject
    Clock clock;

    private ProofOfWork work;
    private SlidingWindow perAddress;
    private SlidingWindow perEmail;
    private SlidingWindow lookups;

    @PostConstruct
    void init() {
        byte[] secret = PersonalDataKey.cipher().digest("qa-challenge").getBytes(StandardCharsets.US_ASCII);
        work = new ProofOfWork(secret, settings.challengeBits(), settings.challengeLifetime());
        perAddress = new SlidingWindow(settings.perAddressPerHour(), Duration.ofHours(1));
        perEmail = new SlidingWindow(settings.perEmailPerDay(), Duration.ofDays(1));
        lookups = new SlidingWindow(settings.lookupsPerAddressPerHour(), Duration.ofHours(1));
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

    /**
     * Spends a verified challenge; false when it was spent before, also before a restart. In a
     * transaction of its own: a challenge stays spent even when the submission then fails, and of two
     * submissions racing with one challenge the unique key lets one through.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean spend(String challenge, Instant now) {
        String id = ProofOfWork.idOf(challenge);
        if (em.find(SpentChallenge.class, id) != null) {
            return false;
        }
        try {
            em.persist(new SpentChallenge(id, now.plus(settings.challengeLifetime())));
            em.flush();
            return true;
        } catch (PersistenceException spentMeanwhile) {
            return false;
        }
    }

    /** Counts a look-up or an erasure request by tracking code; empty when admitted, else how long to wait. */
    public Optional<Duration> admitLookup(String addressKey, Instant now) {
        return lookups.tryAcquire(addressKey, now)
                ? Optional.empty()
                : Optional.of(lookups.retryAfter(addressKey, now));
    }

    /** Challenges that could not be used any more anyway are forgotten. */
    @Schedule(hour = "*", minute = "17", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void forgetExpired() {
        em.createNamedQuery(SpentChallenge.EXPIRED)
                .setParameter("now", clock.instant())
                .executeUpdate();
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
}
