package vn.egov.portal.leader.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import vn.egov.portal.leader.entity.Leader;
import vn.egov.portal.leader.entity.ScheduleEntry;
import vn.egov.portal.platform.error.boundary.NotFoundException;

/** Public reads of leaders' profiles and weekly schedules (Articles 5.1, 5.2, 5.9). */
@Stateless
@PermitAll
public class LeaderDirectory {

    @PersistenceContext
    EntityManager em;

    public List<Leader> listLeaders() {
        return em.createNamedQuery(Leader.ALL, Leader.class).getResultList();
    }

    public Optional<Leader> findLeader(String slug) {
        return em.createNamedQuery(Leader.BY_SLUG, Leader.class).setParameter("slug", slug).getResultList().stream()
                .findFirst();
    }

    public Leader getLeader(String slug) {
        return findLeader(slug).orElseThrow(() -> new NotFoundException("Leader", slug));
    }

    /** The week (Monday to Sunday) that holds {@code day}, all leaders, in time order. */
    public List<ScheduleEntry> listWeek(LocalDate day) {
        LocalDate monday = mondayOf(day);
        return em.createNamedQuery(ScheduleEntry.BETWEEN, ScheduleEntry.class)
                .setParameter("from", monday)
                .setParameter("to", monday.plusDays(6))
                .getResultList();
    }

    public static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
