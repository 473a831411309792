package vn.egov.portal.setup.control;

import vn.egov.portal.platform.random.control.Randomness;

/** Random passwords for accounts the portal opens itself; no look-alike characters, easy to type. */
public final class PasswordGenerator {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private PasswordGenerator() {}

    /** 20 characters from 55 symbols: about 115 bits. */
    public static String generate() {
        StringBuilder password = new StringBuilder(24);
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(Randomness.source().nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
