package vn.egov.portal.security.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules a new password must meet, after OWASP ASVS 2.1: length matters, composition rules do
 * not, and nothing from the list of passwords everybody tries first (2.1.7). Answers with message
 * keys so every broken rule can be shown at once.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    public static List<String> check(String password, String username) {
        List<String> broken = new ArrayList<>();
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            broken.add("error.password.tooShort");
            return broken;
        }
        if (password.length() > MAX_LENGTH) {
            broken.add("error.password.tooLong");
        }
        if (password.chars().distinct().count() < 4) {
            broken.add("error.password.tooSimple");
        }
        if (username != null
                && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            broken.add("error.password.containsUsername");
        }
        if (CommonPasswords.contains(password)) {
            broken.add("error.password.common");
        }
        return broken;
    }
}
