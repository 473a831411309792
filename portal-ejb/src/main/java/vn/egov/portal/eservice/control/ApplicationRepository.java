package vn.egov.portal.eservice.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.egov.portal.calendar.boundary.CalendarService;
import vn.egov.portal.eservice.boundary.EserviceSettings;
import vn.egov.portal.eservice.entity.Application;
import vn.egov.portal.eservice.entity.ApplicationState;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.paging.boundary.PageRequest;
import vn.egov.portal.platform.paging.boundary.ResultPage;
import vn.egov.portal.site.entity.OrgUnit;

/** The dossiers, found by code or by agency, and the clock they run on (the portal's calendar today). */
@Stateless
@PermitAll
public class ApplicationRepository {

    /** The states in which the clock runs: the dossier is with the agency and can be late. */
    private static final List<ApplicationState> RUNNING = Arrays.stream(ApplicationState.values())
            .filter(ApplicationState::clockRuns)
            .toList();

    @PersistenceContext
    EntityManager em;

    @Inject
    CalendarService calendar;

    public DossierClock clock() {
        return new DossierClock(calendar.calendar());
    }

    /** By the code as typed (lenient like every tracking code). */
    public Optional<Application> findByCode(String typed) {
        return EserviceSettings.DOSSIER_CODES.normalise(typed).flatMap(code -> em.createNamedQuery(
                        Application.BY_CODE, Application.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst());
    }

    public Application getByCode(String typed) {
        return findByCode(typed).orElseThrow(() -> new NotFoundException("Application", "dossier code"));
    }

    /** The dossiers of {@code agencies}, in one state or all, newest first. */
    public ResultPage<Application> listFor(List<OrgUnit> agencies, ApplicationState state, PageRequest page) {
        if (agencies.isEmpty()) {
            return ResultPage.empty(page);
        }
        String where = " where a.agency in :agencies" + (state == null ? "" : " and a.state = :state");
        var items = em.createQuery(
                        "select a from Application a" + where + " order by a.submittedAt desc, a.id desc",
                        Application.class)
                .setParameter("agencies", agencies);
        var count = em.createQuery("select count(a) from Application a" + where, Long.class)
                .setParameter("agencies", agencies);
        if (state != null) {
            items.setParameter("state", state);
            count.setParameter("state", state);
        }
        return ResultPage.of(
                page,
                items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    /** The dossiers of {@code agencies} with the agency (clock running) and past their due date, most overdue first. */
    public List<Application> overdueFor(List<OrgUnit> agencies, LocalDate today) {
        if (agencies.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select a from Application a where a.agency in :agencies and a.state in :running"
                                + " and a.dueDate < :today order by a.dueDate, a.id",
                        Application.class)
                .setParameter("agencies", agencies)
                .setParameter("running", RUNNING)
                .setParameter("today", today)
                .setMaxResults(PageRequest.MAX_SIZE)
                .getResultList();
    }

    /** Every dossier past its due date while with the agency, for the deadline monitor. */
    public List<Application> overdue(LocalDate today) {
        return em.createQuery(
                        "select a from Application a where a.state in :running and a.dueDate < :today"
                                + " order by a.dueDate, a.id",
                        Application.class)
                .setParameter("running", RUNNING)
                .setParameter("today", today)
                .getResultList();
    }
}
