package vn.egov.portal.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.egov.portal.platform.error.boundary.AccessDeniedException;
import vn.egov.portal.security.entity.Role;
import vn.egov.portal.security.entity.UserAccount;
import vn.egov.portal.site.boundary.SiteDirectory;
import vn.egov.portal.site.boundary.SubPortalAccess;
import vn.egov.portal.site.entity.Site;

/** The sub-portals' managers by their scoped roles; the site feature's administration asks through its interface. */
@Stateless
@PermitAll
public class SubPortalAccessControl implements SubPortalAccess {

    @Inject
    AccessControl access;

    @Inject
    SiteDirectory directory;

    @Override
    public void requireMainHead() {
        UserAccount me = access.requireAccount();
        if (!me.holds(Role.SYSADMIN) && !me.holds(Role.EDITOR_IN_CHIEF, directory.getMainSite())) {
            throw new AccessDeniedException("Only the administrator or the main editor-in-chief opens sub-portals");
        }
    }

    @Override
    public void requireManager(Site site) {
        UserAccount me = access.requireAccount();
        boolean allowed = me.holds(Role.SYSADMIN)
                || me.holds(Role.EDITOR_IN_CHIEF, directory.getMainSite())
                || me.holds(Role.SUBPORTAL_EDITOR, site);
        if (!allowed) {
            throw new AccessDeniedException("Not a manager of site " + site.getSlug());
        }
    }
}
