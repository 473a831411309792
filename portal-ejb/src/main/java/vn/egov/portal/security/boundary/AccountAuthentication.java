package vn.egov.portal.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.security.control.LoginThrottle;
import vn.egov.portal.security.entity.UserAccount;

/**
 * Checks a user name and password for the identity store. Every refusal looks the same to the
 * caller, whether the name is unknown, the password wrong, the account disabled or locked, so the
 * log-in form cannot be used to find out which accounts exist.
 */
@Stateless
@PermitAll
public class AccountAuthentication {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public Optional<AuthenticatedCaller> authenticate(String rawUsername, char[] password) {
        String username = UserAccount.normalizeUsername(rawUsername);
        Instant now = clock.instant();
        Optional<UserAccount> found = em
                .createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultList()
                .stream()
                .findFirst();
        if (found.isEmpty() || !found.get().isEnabled() || found.get().isLocked(now)) {
            passwords.spendDecoyTime(password);
            audit.recordAs(
                    AuditTrail.SYSTEM,
                    "login.refused",
                    null,
                    found.isPresent() ? "account " + found.get().getId() : null);
            return Optional.empty();
        }
        UserAccount account = found.get();
        if (!passwords.verify(password, account.getPasswordHash())) {
            account.recordFailedLogin(LoginThrottle.lockAfter(account.getFailedAttempts() + 1, now));
            audit.recordAs(AuditTrail.SYSTEM, "login.failed", "account " + account.getId(), null);
            return Optional.empty();
        }
        if (passwords.needsRehash(account.getPasswordHash())) {
            account.rehash(passwords.hash(password));
        }
        account.recordLogin(now);
        audit.recordAs(account.getUsername(), "login", "account " + account.getId(), null);
        return Optional.of(new AuthenticatedCaller(account.getUsername(), account.groups()));
    }
}
