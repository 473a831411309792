package vn.egov.portal.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.security.entity.UserAccount;

/**
 * What every logged-in official may do to their own account. Open to any caller: each method
 * starts by requiring an account, so anonymous calls end in {@link NotAuthenticatedException}.
 */
@Stateless
@PermitAll
public class AccountSelfService {

    @Inject
    AccessControl access;

    @Inject
    Passwords passwords;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public UserAccount me() {
        return access.requireAccount();
    }

    /** Needs the current password, so a session left open cannot be used to take the account. */
    public void changePassword(String currentPassword, String newPassword) {
        UserAccount account = access.requireAccount();
        if (currentPassword == null || !passwords.verify(currentPassword.toCharArray(), account.getPasswordHash())) {
            throw InvalidInputException.of("currentPassword", "error.password.currentWrong");
        }
        passwords.requireAcceptable("newPassword", newPassword, account.getUsername());
        account.changePasswordHash(passwords.hash(newPassword.toCharArray()), clock.instant());
        audit.record("account.changePassword", "account " + account.getUsername(), null);
    }
}
