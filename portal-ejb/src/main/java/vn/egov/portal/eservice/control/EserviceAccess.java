package vn.egov.portal.eservice.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import vn.egov.portal.platform.error.boundary.AccessDeniedException;
import vn.egov.portal.security.boundary.AccessControl;
import vn.egov.portal.security.entity.Role;
import vn.egov.portal.security.entity.RoleGrant;
import vn.egov.portal.security.entity.UserAccount;
import vn.egov.portal.site.entity.OrgUnit;

/**
 * Who works a dossier: the officials of its competent agency, i.e. the holders of the agency-scoped
 * role for that unit (the one role the portal scopes to an org unit). An official of another agency
 * is refused, whatever else they hold.
 */
@Stateless
@PermitAll
public class EserviceAccess {

    @Inject
    AccessControl access;

    public UserAccount requireOfficialOf(OrgUnit agency) {
        UserAccount account = access.requireAccount();
        if (!account.holds(Role.AGENCY_ANSWERER, agency)) {
            throw new AccessDeniedException("Not an official of unit " + agency.getCode());
        }
        return account;
    }

    /** The agencies the caller works for. */
    public List<OrgUnit> agencies() {
        return access.requireAccount().getGrants().stream()
                .filter(grant -> grant.getRole() == Role.AGENCY_ANSWERER && grant.getOrgUnit() != null)
                .map(RoleGrant::getOrgUnit)
                .toList();
    }
}
