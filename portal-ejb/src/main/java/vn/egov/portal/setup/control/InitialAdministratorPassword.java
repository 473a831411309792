package vn.egov.portal.setup.control;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.egov.portal.platform.i18n.control.PortalMessages;
import vn.egov.portal.security.control.PasswordPolicy;

/**
 * The password an operator gives the first administrator (PORTAL_ADMIN_PASSWORD), held to the one
 * password policy. run.sh calls {@link #main} before it starts Payara Micro, so a refused password
 * stops the start with its reason on one line, instead of a deployment that fails in the bootstrap
 * and leaves the server answering 404 to every page.
 */
public final class InitialAdministratorPassword {

    public static final String USERNAME = "admin";
    static final String VARIABLE = "PORTAL_ADMIN_PASSWORD";

    private InitialAdministratorPassword() {}

    /** Why the password cannot be the administrator's, in the operator's words (English), if it cannot. */
    public static Optional<String> refusal(String password) {
        List<String> broken = PasswordPolicy.check(password, USERNAME);
        if (broken.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(VARIABLE + " is refused: "
                + broken.stream()
                        .map(key -> PortalMessages.get(Locale.ENGLISH, key))
                        .collect(Collectors.joining(" ")));
    }

    /** Reads the password from the environment, never from the command line (others can read that). */
    public static void main(String[] args) {
        String password = System.getenv(VARIABLE);
        if (password == null || password.isEmpty()) {
            return;
        }
        Optional<String> refusal = refusal(password);
        if (refusal.isPresent()) {
            System.err.println(refusal.get());
            System.exit(1);
        }
    }
}
