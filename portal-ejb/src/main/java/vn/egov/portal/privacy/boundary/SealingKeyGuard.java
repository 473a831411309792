package vn.egov.portal.privacy.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import vn.egov.portal.platform.access.boundary.Roles;
import vn.egov.portal.privacy.control.KeyFingerprint;
import vn.egov.portal.privacy.control.PersonalDataKey;
import vn.egov.portal.privacy.entity.SealingKey;

/**
 * First thing at every start, before anything is sealed: is the personal-data key the one that
 * sealed this database? On a fresh database the key (configured, or generated) is recorded by its
 * fingerprint. Later starts with no key, or another key (a restore without its key, a lost key
 * file), refuse to seal or open anything and report DOWN on /health, instead of generating a new
 * key that could never open the old data and would seal new data nobody can read once the right
 * key is back. Restart after putting the right key in place.
 */
@Singleton
@DependsOn("SchemaMigrations")
@Startup
public class SealingKeyGuard {

    private static final Logger LOG = Logger.getLogger(SealingKeyGuard.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void start() {
        check();
    }

    /** Checks the key again (after the recorded fingerprint changed under a running portal). */
    @RolesAllowed(Roles.SYSADMIN)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public KeyFingerprint.Verdict verify() {
        return check();
    }

    private KeyFingerprint.Verdict check() {
        Optional<String> recorded = em
                .createNamedQuery(SealingKey.ALL, SealingKey.class)
                .setHint("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS)
                .getResultList()
                .stream()
                .map(SealingKey::getFingerprint)
                .findFirst();
        KeyFingerprint.Verdict verdict = KeyFingerprint.judge(recorded, PersonalDataKey.fingerprintInHand());
        switch (verdict) {
            case FIRST_USE -> {
                PersonalDataKey.accept();
                em.persist(new SealingKey(PersonalDataKey.fingerprint(), clock.instant()));
            }
            case MATCHES -> PersonalDataKey.accept();
            case MISSING -> refuse("missing: no personal-data key is configured or kept in $PORTAL_DATA/.runtime,"
                    + " but this database holds data sealed with one; restore that key and restart");
            case MISMATCH -> refuse("wrong: the personal-data key is not the one that sealed this database's data;"
                    + " configure the right key and restart");
        }
        return verdict;
    }

    /** Nothing sealed is served from memory either: entities opened earlier leave the shared cache. */
    private void refuse(String reason) {
        PersonalDataKey.refuse(reason);
        em.getEntityManagerFactory().getCache().evictAll();
        LOG.severe(() -> "Personal data cannot be opened: the key is " + reason);
    }
}
