package vn.egov.portal.eservice.control;

import java.util.Locale;
import vn.egov.portal.platform.random.control.Randomness;
import vn.egov.portal.privacy.control.PersonalDataKey;

/**
 * The secret printed on a dossier's receipt, which lets its holder supplement or withdraw it:
 * twelve characters of Crockford's base 32 (60 random bits) in groups of four. Only its keyed digest
 * is stored; a typed secret is read with the same leniency as a code (case, spaces, hyphens).
 */
public final class DossierSecrets {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private DossierSecrets() {}

    public static String next() {
        StringBuilder secret = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                secret.append('-');
            }
            secret.append(ALPHABET.charAt(Randomness.source().nextInt(ALPHABET.length())));
        }
        return secret.toString();
    }

    /** The keyed digest of a secret as typed; null for nothing typed. */
    public static String digest(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String compact = typed.toUpperCase(Locale.ROOT)
                .replaceAll("[\\s\\-_.]", "")
                .replace('O', '0')
                .replace('I', '1')
                .replace('L', '1');
        return PersonalDataKey.cipher().digest("eservice-secret:" + compact);
    }
}
