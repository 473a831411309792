package vn.egov.portal.content.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.content.entity.EditorialDelegation;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.security.boundary.AccessControl;
import vn.egov.portal.security.boundary.AccessDeniedException;
import vn.egov.portal.security.entity.Role;
import vn.egov.portal.security.entity.RoleGrant;
import vn.egov.portal.security.entity.Roles;
import vn.egov.portal.security.entity.UserAccount;
import vn.egov.portal.site.boundary.SiteDirectory;
import vn.egov.portal.site.entity.Site;

/**
 * The editorial team of one site, managed where the work is: the main editor-in-chief staffs every
 * board, a sub-portal's editor staffs their own sub-portal (collaborators and fellow editors), and
 * delegates categories. Accounts themselves stay with the system administrator.
 */
@Stateless
@RolesAllowed({Roles.SYSADMIN, Roles.EDITOR_IN_CHIEF, Roles.SUBPORTAL_EDITOR})
public class SiteTeam {

    private static final Set<Role> BOARD_ROLES =
            Set.of(Role.COLLABORATOR, Role.SECRETARY, Role.DEPUTY_EDITOR, Role.SUBPORTAL_EDITOR);
    private static final Set<Role> SUBPORTAL_GRANTABLE = Set.of(Role.COLLABORATOR, Role.SUBPORTAL_EDITOR);

    @PersistenceContext
    EntityManager em;

    @Inject
    SiteDirectory directory;

    @Inject
    AccessControl access;

    @Inject
    AuditTrail audit;

    /** One member of the team: the account and the roles it holds on this site. */
    public record Member(String username, String displayName, List<Role> roles) {}

    public List<Member> listMembers(String siteSlug) {
        Site site = manageable(siteSlug, null);
        return em.createNamedQuery(UserAccount.ALL, UserAccount.class).getResultList().stream()
                .map(account -> new Member(
                        account.getUsername(),
                        account.getDisplayName(),
                        account.getGrants().stream()
                                .filter(grant -> grant.getSite() != null
                                        && grant.getSite().getId().equals(site.getId()))
                                .map(RoleGrant::getRole)
                                .toList()))
                .filter(member -> !member.roles().isEmpty())
                .toList();
    }

    public void grant(String siteSlug, String username, Role role) {
        Site site = manageable(siteSlug, role);
        account(username).grant(role, site, null);
        audit.record("team.grant", "account " + username, role.group() + " @site " + siteSlug);
    }

    public void revoke(String siteSlug, String username, Role role) {
        Site site = manageable(siteSlug, role);
        UserAccount account = account(username);
        account.getGrants().stream()
                .filter(grant -> grant.covers(role, site) && grant.getSite() != null)
                .findFirst()
                .ifPresent(account::revoke);
        audit.record("team.revoke", "account " + username, role.group() + " @site " + siteSlug);
    }

    public List<EditorialDelegation> listDelegations(String siteSlug) {
        Site site = manageable(siteSlug, null);
        return em.createNamedQuery(EditorialDelegation.OF_SITE, EditorialDelegation.class)
                .setParameter("site", site.getId())
                .getResultList();
    }

    public EditorialDelegation delegate(String siteSlug, String username, String categoryCode) {
        Site site = manageable(siteSlug, null);
        UserAccount account = account(username);
        var category = directory.getCategory(categoryCode);
        EditorialDelegation delegation = new EditorialDelegation(
                account, site, category, access.requireAccount().getUsername());
        em.persist(delegation);
        audit.record("team.delegate", "account " + username, categoryCode + " @site " + siteSlug);
        return delegation;
    }

    public void withdraw(Long delegationId) {
        EditorialDelegation delegation = em.find(EditorialDelegation.class, delegationId);
        if (delegation == null) {
            throw new NotFoundException("Delegation", delegationId);
        }
        manageable(delegation.getSite().getSlug(), null);
        em.remove(delegation);
        audit.record(
                "team.withdraw",
                "account " + delegation.getAccount().getUsername(),
                delegation.getCategory().getCode());
    }

    /** The site, when the caller may staff it with this role (null: any team change). */
    private Site manageable(String siteSlug, Role role) {
        Site site = directory.getSite(siteSlug);
        if (role != null && !BOARD_ROLES.contains(role)) {
            throw InvalidInputException.of("role", "team.error.role");
        }
        UserAccount me = access.requireAccount();
        if (me.holds(Role.SYSADMIN) || me.holds(Role.EDITOR_IN_CHIEF, directory.getMainSite())) {
            return site;
        }
        boolean ownSubPortal = !site.isMain() && me.holds(Role.SUBPORTAL_EDITOR, site);
        if (!ownSubPortal || (role != null && !SUBPORTAL_GRANTABLE.contains(role))) {
            throw new AccessDeniedException("May not staff site " + site.getSlug());
        }
        return site;
    }

    private UserAccount account(String username) {
        return em
                .createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", UserAccount.normalizeUsername(username))
                .getResultList()
                .stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Account", username));
    }
}
