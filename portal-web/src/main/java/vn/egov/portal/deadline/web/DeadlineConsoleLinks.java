package vn.egov.portal.deadline.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import vn.egov.portal.platform.console.web.ConsoleLink;
import vn.egov.portal.platform.console.web.ConsoleLinks;
import vn.egov.portal.security.entity.Roles;

/** The deadlines dashboard, under the console's deadlines heading that the legal and calendar entries share. */
@ApplicationScoped
public class DeadlineConsoleLinks implements ConsoleLinks {

    /** The heading the deadline, legal and calendar entries share. */
    private static final String DEADLINES = "console.section.deadlines";

    @Override
    public List<ConsoleLink> links() {
        return List.of(new ConsoleLink(
                DEADLINES,
                100,
                "deadline.dashboard",
                "pi pi-clock",
                "/admin/deadlines.xhtml",
                Set.of(
                        Roles.EDITOR_IN_CHIEF,
                        Roles.DEPUTY_EDITOR,
                        Roles.SECRETARY,
                        Roles.SUBPORTAL_EDITOR,
                        Roles.AGENCY_ANSWERER,
                        Roles.BATCH_OPERATOR,
                        Roles.SYSADMIN)));
    }
}
