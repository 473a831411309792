package vn.egov.portal.eservice.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import vn.egov.portal.platform.access.boundary.Roles;
import vn.egov.portal.platform.console.web.ConsoleLink;
import vn.egov.portal.platform.console.web.ConsoleLinks;

/** Console entry of the procedure catalogue: the board edits every procedure, an agency its own. */
@ApplicationScoped
public class CatalogueConsoleLinks implements ConsoleLinks {

    @Override
    public List<ConsoleLink> links() {
        return List.of(new ConsoleLink(
                "console.section.eservice",
                410,
                "console.eservice.catalogue",
                "pi pi-list",
                "/admin/thu-tuc/catalogue.xhtml",
                Set.of(Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.AGENCY_ANSWERER)));
    }
}
