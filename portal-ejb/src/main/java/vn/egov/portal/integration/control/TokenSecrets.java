package vn.egov.portal.integration.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.egov.portal.platform.random.control.Randomness;

/**
 * The secrets of API tokens: 256 random bits behind a recognisable prefix (so a leaked one is easy
 * to find in a repository or a log), and the SHA-256 that is kept instead of the secret. A plain hash
 * is enough here: unlike a password, the secret has all its 256 bits of chance, nothing to guess.
 */
public final class TokenSecrets {

    public static final String PREFIX = "egp_";
    private static final Pattern FORM = Pattern.compile(PREFIX + "[A-Za-z0-9_-]{43}");

    private TokenSecrets() {}

    public static String newSecret() {
        byte[] bits = new byte[32];
        Randomness.source().nextBytes(bits);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }

    /** The hash to look a presented secret up by; empty for anything that cannot be one of ours. */
    public static Optional<String> hashOf(String presented) {
        if (presented == null || !FORM.matcher(presented).matches()) {
            return Optional.empty();
        }
        return Optional.of(sha256(presented));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
