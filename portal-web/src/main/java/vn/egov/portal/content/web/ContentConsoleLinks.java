package vn.egov.portal.content.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import vn.egov.portal.platform.console.web.ConsoleLink;
import vn.egov.portal.platform.console.web.ConsoleLinks;
import vn.egov.portal.security.entity.Roles;

/** Console entries of the content features, each for the roles that use it. */
@ApplicationScoped
public class ContentConsoleLinks implements ConsoleLinks {

    private static final Set<String> WRITERS = Set.of(
            Roles.COLLABORATOR, Roles.SECRETARY, Roles.DEPUTY_EDITOR, Roles.EDITOR_IN_CHIEF, Roles.SUBPORTAL_EDITOR);
    private static final Set<String> BOARD =
            Set.of(Roles.SECRETARY, Roles.DEPUTY_EDITOR, Roles.EDITOR_IN_CHIEF, Roles.SUBPORTAL_EDITOR);
    private static final String SECTION = "console.section.content";

    @Override
    public List<ConsoleLink> links() {
        return List.of(
                new ConsoleLink(
                        SECTION, 100, "console.articles", "pi pi-list", "/admin/noi-dung/articles.xhtml", WRITERS),
                new ConsoleLink(
                        SECTION, 110, "console.newArticle", "pi pi-pencil", "/admin/noi-dung/article.xhtml", WRITERS),
                new ConsoleLink(
                        SECTION, 120, "console.royalties", "pi pi-wallet", "/admin/noi-dung/royalties.xhtml", BOARD),
                new ConsoleLink(
                        SECTION,
                        130,
                        "console.screening",
                        "pi pi-filter",
                        "/admin/noi-dung/screening.xhtml",
                        Set.of(
                                Roles.EDITOR_IN_CHIEF,
                                Roles.SECRETARY,
                                Roles.DEPUTY_EDITOR,
                                Roles.SUBPORTAL_EDITOR,
                                Roles.SYSADMIN)),
                new ConsoleLink(
                        SECTION,
                        140,
                        "console.leaders",
                        "pi pi-id-card",
                        "/admin/noi-dung/leaders.xhtml",
                        Set.of(Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.SECRETARY, Roles.SYSADMIN)),
                new ConsoleLink(
                        SECTION,
                        150,
                        "console.subportals",
                        "pi pi-sitemap",
                        "/admin/noi-dung/subportals.xhtml",
                        Set.of(Roles.SYSADMIN, Roles.EDITOR_IN_CHIEF, Roles.SUBPORTAL_EDITOR)),
                new ConsoleLink(
                        SECTION,
                        160,
                        "console.team",
                        "pi pi-users",
                        "/admin/noi-dung/team.xhtml",
                        Set.of(Roles.SYSADMIN, Roles.EDITOR_IN_CHIEF, Roles.SUBPORTAL_EDITOR)));
    }
}
