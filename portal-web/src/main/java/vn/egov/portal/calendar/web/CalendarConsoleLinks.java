package vn.egov.portal.calendar.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import vn.egov.portal.platform.console.web.ConsoleLink;
import vn.egov.portal.platform.console.web.ConsoleLinks;
import vn.egov.portal.security.entity.Roles;

/** Calendar overrides: the system administrator and the editor-in-chief, who answers for the deadlines the calendar drives (Art. 12.2, 15.3). */
@ApplicationScoped
public class CalendarConsoleLinks implements ConsoleLinks {

    @Override
    public List<ConsoleLink> links() {
        return List.of(new ConsoleLink(
                "console.section.deadlines",
                120,
                "calendar.overrides",
                "pi pi-calendar",
                "/admin/calendar.xhtml",
                Set.of(Roles.EDITOR_IN_CHIEF, Roles.SYSADMIN)));
    }
}
