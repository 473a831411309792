package vn.egov.portal.statistics.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.egov.portal.platform.access.boundary.Roles;
import vn.egov.portal.statistics.control.AccessTally;
import vn.egov.portal.statistics.entity.AccessCount;

/**
 * Page views and API calls per day (issue 16). {@link AccessCounter} counts them in memory; once a
 * minute, and when the portal stops, the tally is added to the day's rows in one transaction. A
 * flush that fails puts its counts back for the next one.
 */
@Singleton
@Startup
// Container-managed write lock (the default): two flushes never race to insert one day's row.
@RolesAllowed({Roles.SYSADMIN, Roles.EDITOR_IN_CHIEF, Roles.BATCH_OPERATOR})
public class AccessCounts {

    private static final Logger LOG = Logger.getLogger(AccessCounts.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessCounter counter;

    @Schedule(minute = "*", hour = "*", persistent = false)
    @PermitAll
    public void flush() {
        AccessTally tally = counter.tally();
        Map<AccessTally.Key, Long> taken = tally.take();
        try {
            taken.forEach(this::add);
            em.flush();
        } catch (RuntimeException failed) {
            tally.giveBack(taken);
            LOG.log(Level.WARNING, "access counts kept in memory for the next flush: {0}", failed.toString());
            throw failed;
        }
    }

    /** The stored counts of the days from {@code from} to {@code to}, both included. */
    public List<AccessCount> between(LocalDate from, LocalDate to) {
        return em.createNamedQuery(AccessCount.BETWEEN, AccessCount.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    private void add(AccessTally.Key key, long requests) {
        int updated = em.createNamedQuery(AccessCount.ADD)
                .setParameter("requests", requests)
                .setParameter("day", key.day())
                .setParameter("kind", key.kind())
                .executeUpdate();
        if (updated == 0) {
            em.persist(new AccessCount(key.day(), key.kind(), requests));
        }
    }

    @PreDestroy
    void lastFlush() {
        try {
            flush();
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "access counts of the last minute were not stored: {0}", failed.toString());
        }
    }
}
