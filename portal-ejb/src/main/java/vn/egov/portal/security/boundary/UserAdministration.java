package vn.egov.portal.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.validation.boundary.InputCheck;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.security.entity.Role;
import vn.egov.portal.security.entity.RoleGrant;
import vn.egov.portal.security.entity.Roles;
import vn.egov.portal.security.entity.UserAccount;
import vn.egov.portal.site.entity.OrgUnit;
import vn.egov.portal.site.entity.Site;

/** Accounts and their role grants, kept by the system administrator (Article 14). */
@Stateless
@RolesAllowed(Roles.SYSADMIN)
public class UserAdministration {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    AuditTrail audit;

    @Inject
    InputCheck inputs;

    @Inject
    Clock clock;

    public UserAccount createAccount(NewAccount request) {
        inputs.require(request);
        String username = UserAccount.normalizeUsername(request.username());
        if (!UserAccount.isValidUsername(username)) {
            throw InvalidInputException.of("username", "error.username.form");
        }
        if (findAccount(username).isPresent()) {
            throw new ConflictException("error.username.taken", "User name already taken: " + username);
        }
        passwords.requireAcceptable("password", request.password(), username);
        UserAccount account = new UserAccount(
                username,
                request.displayName(),
                request.email(),
                passwords.hash(request.password().toCharArray()),
                clock.instant());
        em.persist(account);
        audit.record("account.create", "account " + username, null);
        return account;
    }

    public Optional<UserAccount> findAccount(String username) {
        return UserAccount.find(em, username);
    }

    public UserAccount getAccount(String username) {
        return findAccount(username).orElseThrow(() -> new NotFoundException("Account", username));
    }

    public List<UserAccount> listAccounts() {
        return em.createNamedQuery(UserAccount.ALL, UserAccount.class).getResultList();
    }

    public UserAccount grant(String username, Role role, Long siteId, Long orgUnitId) {
        UserAccount account = getAccount(username);
        Site site = siteId == null ? null : em.find(Site.class, siteId);
        OrgUnit unit = orgUnitId == null ? null : em.find(OrgUnit.class, orgUnitId);
        try {
            account.grant(role, site, unit);
        } catch (IllegalArgumentException wrongScope) {
            throw InvalidInputException.of(
                    "scope", "error.role.scope." + role.scope().name().toLowerCase());
        }
        audit.record("account.grant", "account " + account.getUsername(), role.group() + scopeNote(site, unit));
        return account;
    }

    public UserAccount revoke(String username, Long grantId) {
        UserAccount account = getAccount(username);
        RoleGrant grant = account.getGrants().stream()
                .filter(candidate -> candidate.getId().equals(grantId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Role grant", grantId));
        if (grant.getRole() == Role.SYSADMIN && activeHoldersOf(Role.SYSADMIN) <= 1) {
            throw new ConflictException("error.role.lastAdministrator", "The last administrator keeps the role");
        }
        account.revoke(grant);
        audit.record(
                "account.revoke",
                "account " + account.getUsername(),
                grant.getRole().group());
        return account;
    }

    public UserAccount setEnabled(String username, boolean enabled) {
        UserAccount account = getAccount(username);
        if (!enabled && account.holds(Role.SYSADMIN) && activeHoldersOf(Role.SYSADMIN) <= 1) {
            throw new ConflictException("error.role.lastAdministrator", "The last administrator stays enabled");
        }
        if (enabled) {
            account.enable();
        } else {
            account.disable();
        }
        audit.record(enabled ? "account.enable" : "account.disable", "account " + account.getUsername(), null);
        return account;
    }

    public void resetPassword(String username, String newPassword) {
        UserAccount account = getAccount(username);
        passwords.requireAcceptable("password", newPassword, account.getUsername());
        account.changePasswordHash(passwords.hash(newPassword.toCharArray()), clock.instant());
        audit.record("account.resetPassword", "account " + account.getUsername(), null);
    }

    private long activeHoldersOf(Role role) {
        return em.createNamedQuery(UserAccount.HOLDERS_OF, Long.class)
                .setParameter("role", role)
                .getSingleResult();
    }

    private static String scopeNote(Site site, OrgUnit unit) {
        if (site != null) {
            return " @site " + site.getSlug();
        }
        return unit != null ? " @unit " + unit.getCode() : "";
    }
}
