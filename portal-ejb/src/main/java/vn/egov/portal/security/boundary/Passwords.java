package vn.egov.portal.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.security.control.PasswordHasher;
import vn.egov.portal.security.control.PasswordPolicy;

/** Hashing and policy in one place, shared by log-in, account creation and password change. */
@ApplicationScoped
public class Passwords {

    private final PasswordHasher hasher = new PasswordHasher();

    /**
     * A real hash of a random secret: checking an unknown user name against it costs as much as
     * checking a real account, so response times do not tell which names exist.
     */
    private final String decoy = hasher.hash(Long.toHexString(System.nanoTime()).toCharArray());

    public String hash(char[] password) {
        return hasher.hash(password);
    }

    public boolean verify(char[] password, String storedHash) {
        return hasher.verify(password, storedHash);
    }

    public void spendDecoyTime(char[] password) {
        hasher.verify(password, decoy);
    }

    public boolean needsRehash(String storedHash) {
        return hasher.needsRehash(storedHash);
    }

    /** Throws with every broken rule when the password is not acceptable for this user. */
    public void requireAcceptable(String field, String password, String username) {
        List<String> broken = PasswordPolicy.check(password, username);
        if (!broken.isEmpty()) {
            throw InvalidInputException.of(field, broken.get(0));
        }
    }
}
