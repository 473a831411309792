package vn.egov.portal.security.control;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import vn.egov.portal.platform.random.control.Randomness;

/**
 * PBKDF2-HMAC-SHA512 password hashes, with the cost recommended by OWASP (210,000 rounds). The
 * stored form names its own algorithm and cost ({@code pbkdf2-sha512:rounds:salt:hash}), so old
 * hashes keep working after the cost is raised and are upgraded at the next login.
 */
public final class PasswordHasher {

    public static final int DEFAULT_ROUNDS = 210_000;
    private static final String PREFIX = "pbkdf2-sha512";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 512;

    private final int rounds;

    public PasswordHasher() {
        this(DEFAULT_ROUNDS);
    }

    public PasswordHasher(int rounds) {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be positive");
        }
        this.rounds = rounds;
    }

    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        Randomness.source().nextBytes(salt);
        byte[] key = derive(password, salt, rounds);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return String.join(
                ":", PREFIX, Integer.toString(rounds), base64.encodeToString(salt), base64.encodeToString(key));
    }

    /** Compares in constant time; a malformed stored hash never matches. */
    public boolean verify(char[] password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split(":");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        try {
            int storedRounds = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(password, salt, storedRounds));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** True when the stored hash was made with less work than this hasher does now. */
    public boolean needsRehash(String stored) {
        String[] parts = stored.split(":");
        return parts.length != 4 || !PREFIX.equals(parts[0]) || Integer.parseInt(parts[1]) < rounds;
    }

    private static byte[] derive(char[] password, byte[] salt, int rounds) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, rounds, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException missingAlgorithm) {
            throw new IllegalStateException("The JVM lacks " + ALGORITHM, missingAlgorithm);
        } finally {
            spec.clearPassword();
        }
    }
}
