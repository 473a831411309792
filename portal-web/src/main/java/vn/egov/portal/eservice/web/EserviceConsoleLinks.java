package vn.egov.portal.eservice.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import vn.egov.portal.platform.access.boundary.Roles;
import vn.egov.portal.platform.console.web.ConsoleLink;
import vn.egov.portal.platform.console.web.ConsoleLinks;

/** Console entry of the e-services: the competent agency's officials work their dossiers. */
@ApplicationScoped
public class EserviceConsoleLinks implements ConsoleLinks {

    @Override
    public List<ConsoleLink> links() {
        return List.of(new ConsoleLink(
                "console.section.eservice",
                400,
                "console.eservice.dossiers",
                "pi pi-folder-open",
                "/admin/dich-vu-cong/dossiers.xhtml",
                Set.of(Roles.AGENCY_ANSWERER)));
    }
}
