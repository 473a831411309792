package vn.egov.portal.integration.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import vn.egov.portal.platform.access.boundary.Roles;
import vn.egov.portal.platform.console.web.ConsoleLink;
import vn.egov.portal.platform.console.web.ConsoleLinks;

/** Console entry of the integration feature: the integrators' API tokens. */
@ApplicationScoped
public class IntegrationConsoleLinks implements ConsoleLinks {

    @Override
    public List<ConsoleLink> links() {
        return List.of(new ConsoleLink(
                "console.section.system",
                905,
                "console.apiTokens",
                "pi pi-key",
                "/admin/tich-hop/tokens.xhtml",
                Set.of(Roles.SYSADMIN)));
    }
}
