package vn.egov.portal.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import vn.egov.portal.audit.entity.AuditEvent;
import vn.egov.portal.platform.access.boundary.Roles;

/** Records who did what; every boundary that changes data on someone's behalf calls it. */
@Stateless
public class AuditTrail {

    /** The actor recorded when nobody is logged in: a citizen, a timer, the start-up. */
    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Clock clock;

    /** Records an action of the current caller. */
    @PermitAll
    public void record(String action, String target, String detail) {
        recordAs(currentActor(), action, target, detail);
    }

    /** Records an action for a named actor, for events that happen before anyone is logged in. */
    @PermitAll
    public void recordAs(String actor, String action, String target, String detail) {
        em.persist(new AuditEvent(clock.instant(), actor, action, target, detail));
    }

    @RolesAllowed(Roles.SYSADMIN)
    public List<AuditEvent> listLatest(int first, int max) {
        return em.createNamedQuery(AuditEvent.LATEST, AuditEvent.class)
                .setFirstResult(first)
                .setMaxResults(Math.min(max, 500))
                .getResultList();
    }

    @RolesAllowed(Roles.SYSADMIN)
    public List<AuditEvent> listByAction(String action, int max) {
        return em.createNamedQuery(AuditEvent.BY_ACTION, AuditEvent.class)
                .setParameter("action", action)
                .setMaxResults(Math.min(max, 500))
                .getResultList();
    }

    private String currentActor() {
        String name = session.getCallerPrincipal().getName();
        return name == null || "ANONYMOUS".equalsIgnoreCase(name) ? SYSTEM : name;
    }
}
