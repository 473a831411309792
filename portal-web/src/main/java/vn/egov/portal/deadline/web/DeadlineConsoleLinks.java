package vn.egov.portal.deadline.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import vn.egov.portal.platform.console.web.ConsoleLink;
import vn.egov.portal.platform.console.web.ConsoleLinks;
import vn.egov.portal.security.entity.Roles;

/**
 * Console entries of the calendar, deadlines, legal documents and batch operations. Calendar
 * overrides: the system administrator and the editor-in-chief, who answers for the deadlines the
 * calendar drives (Art. 12.2, 15.3).
 */
@ApplicationScoped
public class DeadlineConsoleLinks implements ConsoleLinks {

    private static final String DEADLINES = "console.section.deadlines";

    /** Who may change the register and the Gazette (LegalDocumentEditing's roles). */
    private static final Set<String> LEGAL_EDITORS =
            Set.of(Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.SECRETARY, Roles.SYSADMIN);

    @Override
    public List<ConsoleLink> links() {
        return List.of(
                new ConsoleLink(
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
                                Roles.SYSADMIN)),
                new ConsoleLink(
                        DEADLINES, 110, "legal.console", "pi pi-book", "/admin/legal-documents.xhtml", LEGAL_EDITORS),
                new ConsoleLink(
                        DEADLINES,
                        115,
                        "legal.console.gazetteTitle",
                        "pi pi-list",
                        "/admin/gazette.xhtml",
                        LEGAL_EDITORS),
                new ConsoleLink(
                        DEADLINES,
                        120,
                        "calendar.overrides",
                        "pi pi-calendar",
                        "/admin/calendar.xhtml",
                        Set.of(Roles.EDITOR_IN_CHIEF, Roles.SYSADMIN)),
                new ConsoleLink(
                        "console.section.operations",
                        800,
                        "batch.title",
                        "pi pi-cog",
                        "/admin/batch.xhtml",
                        Set.of(Roles.BATCH_OPERATOR, Roles.SYSADMIN)));
    }
}
