package vn.egov.portal.security.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import vn.egov.portal.platform.error.boundary.AccessDeniedException;
import vn.egov.portal.platform.error.boundary.NotAuthenticatedException;
import vn.egov.portal.security.entity.Role;
import vn.egov.portal.security.entity.UserAccount;
import vn.egov.portal.site.entity.OrgUnit;
import vn.egov.portal.site.entity.Site;

/**
 * Scope checks that {@code @RolesAllowed} cannot express: the container knows a caller is a
 * sub-portal editor, this bean knows of which sub-portal.
 */
@Stateless
@PermitAll
public class AccessControl {

    @Resource
    SessionContext session;

    @PersistenceContext
    EntityManager em;

    public Optional<UserAccount> currentAccount() {
        return UserAccount.find(em, session.getCallerPrincipal().getName()).filter(UserAccount::isEnabled);
    }

    public UserAccount requireAccount() {
        return currentAccount().orElseThrow(NotAuthenticatedException::new);
    }

    public void requireRole(Role role, Site site) {
        if (!requireAccount().holds(role, site)) {
            throw new AccessDeniedException("Needs " + role.group() + " on site " + site.getSlug());
        }
    }

    public void requireRole(Role role, OrgUnit unit) {
        if (!requireAccount().holds(role, unit)) {
            throw new AccessDeniedException("Needs " + role.group() + " for unit " + unit.getCode());
        }
    }
}
