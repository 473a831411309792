package vn.egov.portal.qa.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import vn.egov.portal.security.boundary.AccessControl;
import vn.egov.portal.security.boundary.AccessDeniedException;
import vn.egov.portal.security.entity.Role;
import vn.egov.portal.security.entity.UserAccount;
import vn.egov.portal.site.boundary.SiteDirectory;
import vn.egov.portal.site.entity.OrgUnit;
import vn.egov.portal.site.entity.Site;

/**
 * Who may do what in Q&A beyond the container roles: the editorial board of the main portal
 * receives, routes and publishes (Article 9.3); an agency's answerers act for that agency only.
 */
@Stateless
@PermitAll
public class QaAccess {

    private static final List<Role> BOARD = List.of(Role.EDITOR_IN_CHIEF, Role.DEPUTY_EDITOR, Role.SECRETARY);

    @Inject
    AccessControl access;

    @Inject
    SiteDirectory directory;

    public UserAccount requireAccount() {
        return access.requireAccount();
    }

    public UserAccount requireBoard() {
        UserAccount account = access.requireAccount();
        if (!isBoard(account)) {
            throw new AccessDeniedException("Needs the editorial board of the main portal");
        }
        return account;
    }

    public boolean isBoard(UserAccount account) {
        Site main = directory.getMainSite();
        return BOARD.stream().anyMatch(role -> account.holds(role, main));
    }

    /** The caller answers for this agency (the register of Article 9.5 is checked apart). */
    public UserAccount requireAnswerer(OrgUnit agency) {
        if (agency == null) {
            throw new AccessDeniedException("The question is not with an agency");
        }
        UserAccount account = access.requireAccount();
        if (!account.holds(Role.AGENCY_ANSWERER, agency)) {
            throw new AccessDeniedException("Not an answerer of unit " + agency.getCode());
        }
        return account;
    }

    /** The board, or an answerer of the agency the question is with. */
    public UserAccount requireBoardOrAnswerer(OrgUnit agency) {
        UserAccount account = access.requireAccount();
        if (isBoard(account) || (agency != null && account.holds(Role.AGENCY_ANSWERER, agency))) {
            return account;
        }
        throw new AccessDeniedException("Neither the board nor an answerer of the question's agency");
    }

    /** The units the caller answers for. */
    public List<OrgUnit> answeringUnits() {
        return access.requireAccount().getGrants().stream()
                .filter(grant -> grant.getRole() == Role.AGENCY_ANSWERER)
                .map(grant -> grant.getOrgUnit())
                .toList();
    }
}
