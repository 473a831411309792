package vn.egov.portal.royalty.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import vn.egov.portal.platform.access.boundary.Roles;
import vn.egov.portal.platform.console.web.ConsoleLink;
import vn.egov.portal.platform.console.web.FixedConsoleLinks;

/** Royalty rates and statements, under the content heading, for the editorial board. */
@ApplicationScoped
public class RoyaltyConsoleLinks extends FixedConsoleLinks {

    public RoyaltyConsoleLinks() {
        super(new ConsoleLink(
                "console.section.content",
                120,
                "console.royalties",
                "pi pi-wallet",
                "/admin/nhuan-but/royalties.xhtml",
                Set.of(Roles.SECRETARY, Roles.DEPUTY_EDITOR, Roles.EDITOR_IN_CHIEF, Roles.SUBPORTAL_EDITOR)));
    }
}
