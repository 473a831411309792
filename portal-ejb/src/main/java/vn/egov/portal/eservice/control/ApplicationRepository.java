package vn.egov.portal.eservice.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
}
