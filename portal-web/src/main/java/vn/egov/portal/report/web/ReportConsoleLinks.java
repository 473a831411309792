package vn.egov.portal.report.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import vn.egov.portal.platform.access.boundary.Roles;
import vn.egov.portal.platform.console.web.ConsoleLink;
import vn.egov.portal.platform.console.web.FixedConsoleLinks;

/** The kept reports, under operations, for the board and the operators. */
@ApplicationScoped
public class ReportConsoleLinks extends FixedConsoleLinks {

    public ReportConsoleLinks() {
        super(new ConsoleLink(
                "console.section.operations",
                150,
                "console.reports",
                "pi pi-chart-bar",
                "/admin/bao-cao/reports.xhtml",
                Set.of(Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.BATCH_OPERATOR, Roles.SYSADMIN)));
    }
}
