package vn.egov.portal.setup.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import vn.egov.portal.setup.entity.SeedRecord;

/** Which data sets are loaded. A claim joins the loader's transaction and rolls back with it. */
@Stateless
// Open to every caller on purpose: the start-up records its seeds without a caller.
@PermitAll
public class SeedLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public boolean isApplied(String key) {
        return em.find(SeedRecord.class, key) != null;
    }

    /** True when the caller may load the set now; false when it was loaded before. */
    public boolean claim(String key) {
        if (isApplied(key)) {
            return false;
        }
        em.persist(new SeedRecord(key, clock.instant()));
        return true;
    }
}
