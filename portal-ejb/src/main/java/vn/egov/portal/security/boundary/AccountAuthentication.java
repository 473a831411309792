package vn.egov.portal.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.security.control.LoginThrottle;
import vn.egov.portal.security.entity.UserAccount;

/**
 * Checks a user name and password for the identity store, and whether a logged-in session still
 * stands. Every refusal looks the same to the caller, whether the name is unknown, the password
 * wrong, the account disabled or locked, so the log-in form cannot be used to find out which
 * accounts exist. Failures are throttled by place and account together: a stranger who guesses
 * locks their own address out of the account at once, and the account out of unfamiliar places
 * after a while, but never its owner out of a place they logged in from before.
 */
@Stateless
@PermitAll
public class AccountAuthentication {

    private static final Logger LOG = Logger.getLogger(AccountAuthentication.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    LoginPlaces places;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public Optional<AuthenticatedCaller> authenticate(String rawUsername, char[] password, String clientAddress) {
        String username = UserAccount.normalizeUsername(rawUsername);
        Instant now = clock.instant();
        String place = places.digest(clientAddress);
        Optional<UserAccount> found = UserAccount.find(em, username);
        if (places.isLocked(place, username, now)) {
            // Known or not, this place is locked out of this name: nothing to compare, nothing told.
            return refused(found);
        }
        if (found.isEmpty() || !found.get().isEnabled() || found.get().refusesFrom(place, now)) {
            passwords.spendDecoyTime(password);
            if (found.isEmpty()) {
                places.failed(place, username, now);
            }
            return refused(found);
        }
        UserAccount account = found.get();
        if (!passwords.verify(password, account.getPasswordHash())) {
            failed(account, place, now);
            return Optional.empty();
        }
        if (passwords.needsRehash(account.getPasswordHash())) {
            account.rehash(passwords.hash(password));
        }
        account.recordLogin(now);
        account.rememberPlace(place, now);
        places.succeeded(place, username);
        audit.recordAs(account.getUsername(), "login", target(account), null);
        return Optional.of(new AuthenticatedCaller(account.getUsername(), account.groups()));
    }

    /**
     * The caller of a session opened at {@code loggedInAt}, with the roles they hold now; empty when
     * the account was disabled, removed or given a new password since.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<AuthenticatedCaller> currentCaller(String username, Instant loggedInAt) {
        return UserAccount.findForSession(em, username)
                .filter(account -> account.admitsSessionFrom(loggedInAt))
                .map(account -> new AuthenticatedCaller(account.getUsername(), account.groups()));
    }

    private Optional<AuthenticatedCaller> refused(Optional<UserAccount> account) {
        audit.recordAs(
                AuditTrail.SYSTEM,
                "login.refused",
                account.map(AccountAuthentication::target).orElse(null),
                null);
        return Optional.empty();
    }

    private void failed(UserAccount account, String place, Instant now) {
        boolean wasLocked = account.isLocked(now);
        account.recordFailedLogin(LoginThrottle.lockAfter(account.getFailedAttempts() + 1, now));
        audit.recordAs(AuditTrail.SYSTEM, "login.failed", target(account), null);
        places.failed(place, account.getUsername(), now)
                .ifPresent(until -> lockedOut(account, "one place, until " + until));
        if (!wasLocked && account.isLocked(now)) {
            lockedOut(account, "unfamiliar places, until " + account.getLockedUntil());
        }
    }

    /** For the administrator: the audit trail and the server log name the account by id, never the address. */
    private void lockedOut(UserAccount account, String scope) {
        audit.recordAs(AuditTrail.SYSTEM, "login.lockout", target(account), scope);
        LOG.warning(() -> "Log-in lock-out of " + target(account) + " for " + scope);
    }

    private static String target(UserAccount account) {
        return "account " + account.getId();
    }
}
