package vn.egov.portal.legal.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import vn.egov.portal.platform.console.web.ConsoleLink;
import vn.egov.portal.platform.console.web.ConsoleLinks;
import vn.egov.portal.security.entity.Roles;

/** The register of legal documents and the Gazette in the console. */
@ApplicationScoped
public class LegalConsoleLinks implements ConsoleLinks {

    private static final String DEADLINES = "console.section.deadlines";

    /** Who may change the register and the Gazette (LegalDocumentEditing's roles). */
    private static final Set<String> LEGAL_EDITORS =
            Set.of(Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.SECRETARY, Roles.SYSADMIN);

    @Override
    public List<ConsoleLink> links() {
        return List.of(
                new ConsoleLink(
                        DEADLINES, 110, "legal.console", "pi pi-book", "/admin/legal-documents.xhtml", LEGAL_EDITORS),
                new ConsoleLink(
                        DEADLINES,
                        115,
                        "legal.console.gazetteTitle",
                        "pi pi-list",
                        "/admin/gazette.xhtml",
                        LEGAL_EDITORS));
    }
}
