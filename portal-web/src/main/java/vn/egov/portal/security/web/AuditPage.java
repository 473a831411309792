package vn.egov.portal.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.audit.entity.AuditEvent;

/** The latest entries of the audit trail, for the system administrator. */
@Named
@RequestScoped
public class AuditPage {

    @Inject
    AuditTrail trail;

    private List<AuditEvent> events;

    public List<AuditEvent> getEvents() {
        if (events == null) {
            events = trail.listLatest(0, 200);
        }
        return events;
    }
}
