package vn.egov.portal.batch.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import vn.egov.portal.platform.console.web.ConsoleLink;
import vn.egov.portal.platform.console.web.ConsoleLinks;
import vn.egov.portal.security.entity.Roles;

/** The batch jobs' console, for the batch operator and the system administrator. */
@ApplicationScoped
public class BatchConsoleLinks implements ConsoleLinks {

    @Override
    public List<ConsoleLink> links() {
        return List.of(new ConsoleLink(
                "console.section.operations",
                800,
                "batch.title",
                "pi pi-cog",
                "/admin/batch.xhtml",
                Set.of(Roles.BATCH_OPERATOR, Roles.SYSADMIN)));
    }
}
