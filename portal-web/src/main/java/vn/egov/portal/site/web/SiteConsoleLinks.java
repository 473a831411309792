package vn.egov.portal.site.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import vn.egov.portal.platform.access.boundary.Roles;
import vn.egov.portal.platform.console.web.ConsoleLink;
import vn.egov.portal.platform.console.web.FixedConsoleLinks;

/** The sub-portals, under the content heading, for the system administrator and the editors who run them. */
@ApplicationScoped
public class SiteConsoleLinks extends FixedConsoleLinks {

    public SiteConsoleLinks() {
        super(new ConsoleLink(
                "console.section.content",
                150,
                "console.subportals",
                "pi pi-sitemap",
                "/admin/trang-thanh-phan/subportals.xhtml",
                Set.of(Roles.SYSADMIN, Roles.EDITOR_IN_CHIEF, Roles.SUBPORTAL_EDITOR)));
    }
}
