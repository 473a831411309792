package vn.egov.portal.leader.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import vn.egov.portal.platform.access.boundary.Roles;
import vn.egov.portal.platform.console.web.ConsoleLink;
import vn.egov.portal.platform.console.web.FixedConsoleLinks;

/** The leaders' profiles, under the content heading, for the editorial board and the system administrator. */
@ApplicationScoped
public class LeaderConsoleLinks extends FixedConsoleLinks {

    public LeaderConsoleLinks() {
        super(new ConsoleLink(
                "console.section.content",
                140,
                "console.leaders",
                "pi pi-id-card",
                "/admin/lanh-dao/leaders.xhtml",
                Set.of(Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.SECRETARY, Roles.SYSADMIN)));
    }
}
