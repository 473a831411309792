package vn.egov.portal.statistics.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import vn.egov.portal.setup.boundary.DemoDataset;
import vn.egov.portal.setup.boundary.DemoHistory;
import vn.egov.portal.statistics.entity.AccessCount;
import vn.egov.portal.statistics.entity.AccessKind;

/**
 * The demo province's readership over its history, as the access counter would have kept it: page
 * views and API calls for every day before today, busier on working days, growing slowly over the
 * year, with day-to-day noise from a fixed seed so every demo shows the same figures.
 */
@Stateless
// Open to every caller on purpose: the start-up loads demo data without a caller.
@PermitAll
public class AccessDemoData implements DemoDataset {

    /** Page views of a working day a year ago; weekends see a third of it. */
    private static final int WORKING_DAY_VIEWS = 2_400;

    @PersistenceContext
    EntityManager em;

    @Inject
    DemoHistory history;

    @Inject
    Clock clock;

    @Override
    public String key() {
        return "demo.statistics.access.v1";
    }

    @Override
    public int order() {
        return 91;
    }

    @Override
    public void load() {
        LocalDate today = LocalDate.now(clock);
        LocalDate first = today.minusMonths(history.months()).withDayOfMonth(1);
        long days = first.until(today, ChronoUnit.DAYS);
        Random random = new Random(20_261_201L);
        // Days the counter itself kept (a portal that ran before its demo history was added) stay as counted.
        Set<LocalDate> counted = em.createNamedQuery(AccessCount.BETWEEN, AccessCount.class)
                .setParameter("from", first)
                .setParameter("to", today)
                .getResultStream()
                .map(AccessCount::getDay)
                .collect(Collectors.toSet());
        for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
            if (!counted.contains(day)) {
                count(day, 1 + 0.4 * first.until(day, ChronoUnit.DAYS) / days, random);
            }
        }
    }

    /** A day's page views and API calls: fewer at weekends, more as the year goes on, and some noise. */
    private void count(LocalDate day, double growth, Random random) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        double noise = 0.85 + 0.3 * random.nextDouble();
        long views = Math.round(WORKING_DAY_VIEWS * (weekend ? 0.35 : 1) * growth * noise);
        long calls = Math.round(views * (0.06 + 0.04 * random.nextDouble()));
        em.persist(new AccessCount(day, AccessKind.PAGE, views));
        em.persist(new AccessCount(day, AccessKind.API, calls));
    }
}
