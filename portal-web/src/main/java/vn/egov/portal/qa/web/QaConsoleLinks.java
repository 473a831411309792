package vn.egov.portal.qa.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import vn.egov.portal.platform.console.web.ConsoleLink;
import vn.egov.portal.platform.console.web.ConsoleLinks;
import vn.egov.portal.security.entity.Roles;

/** Console entries of Q&A: the board's desk and publication, the agencies' answers, the registers. */
@ApplicationScoped
public class QaConsoleLinks implements ConsoleLinks {

    private static final Set<String> BOARD = Set.of(Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.SECRETARY);
    private static final Set<String> BOARD_AND_AGENCIES =
            Set.of(Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.SECRETARY, Roles.AGENCY_ANSWERER);

    @Override
    public List<ConsoleLink> links() {
        return List.of(
                new ConsoleLink(
                        "console.section.qa",
                        300,
                        "console.qa.questions",
                        "pi pi-inbox",
                        "/admin/hoi-dap/questions.xhtml",
                        BOARD),
                new ConsoleLink(
                        "console.section.qa",
                        310,
                        "console.qa.answers",
                        "pi pi-comments",
                        "/admin/hoi-dap/answers.xhtml",
                        BOARD_AND_AGENCIES),
                new ConsoleLink(
                        "console.section.qa",
                        320,
                        "console.qa.publication",
                        "pi pi-globe",
                        "/admin/hoi-dap/publication.xhtml",
                        BOARD),
                new ConsoleLink(
                        "console.section.qa",
                        330,
                        "console.qa.registers",
                        "pi pi-sitemap",
                        "/admin/hoi-dap/registers.xhtml",
                        BOARD_AND_AGENCIES));
    }
}
