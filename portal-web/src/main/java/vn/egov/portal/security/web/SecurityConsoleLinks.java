package vn.egov.portal.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import vn.egov.portal.platform.access.boundary.Roles;
import vn.egov.portal.platform.console.web.ConsoleLink;
import vn.egov.portal.platform.console.web.ConsoleLinks;

/** Console entries of the security feature. */
@ApplicationScoped
public class SecurityConsoleLinks implements ConsoleLinks {

    @Override
    public List<ConsoleLink> links() {
        return List.of(
                new ConsoleLink(
                        "console.section.start",
                        0,
                        "console.dashboard",
                        "pi pi-home",
                        "/admin/index.xhtml",
                        Roles.OFFICIALS),
                new ConsoleLink(
                        "console.section.start",
                        1,
                        "console.account",
                        "pi pi-user",
                        "/admin/tai-khoan/profile.xhtml",
                        Roles.OFFICIALS),
                new ConsoleLink(
                        "console.section.system",
                        900,
                        "console.users",
                        "pi pi-users",
                        "/admin/nguoi-dung/accounts.xhtml",
                        Set.of(Roles.SYSADMIN)),
                new ConsoleLink(
                        "console.section.system",
                        910,
                        "console.audit",
                        "pi pi-history",
                        "/admin/nhat-ky/events.xhtml",
                        Set.of(Roles.SYSADMIN)));
    }
}
