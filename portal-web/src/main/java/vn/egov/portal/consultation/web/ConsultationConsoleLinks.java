package vn.egov.portal.consultation.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import vn.egov.portal.platform.access.boundary.Roles;
import vn.egov.portal.platform.console.web.ConsoleLink;
import vn.egov.portal.platform.console.web.FixedConsoleLinks;

/** The lead agencies' consultations (their own; the board's all), beside the Q&A they also answer. */
@ApplicationScoped
public class ConsultationConsoleLinks extends FixedConsoleLinks {

    public ConsultationConsoleLinks() {
        super(new ConsoleLink(
                "console.section.qa",
                350,
                "console.consultations",
                "pi pi-file-edit",
                "/admin/lay-y-kien/consultations.xhtml",
                Set.of(Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.SECRETARY, Roles.AGENCY_ANSWERER)));
    }
}
