package vn.egov.portal.consultation.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.egov.portal.platform.random.control.Randomness;

/**
 * The link that confirms a commenter's e-mail carries 256 random bits, never the address; the comment
 * keeps only their SHA-256, so neither the database nor a log holds a usable link.
 */
public final class ConfirmationTokens {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");

    private ConfirmationTokens() {}

    public static String newToken() {
        byte[] bits = new byte[32];
        Randomness.source().nextBytes(bits);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }

    /** The digest to look a presented token up by; empty for anything that cannot be one. */
    public static Optional<String> digestOf(String token) {
        if (token == null || !FORM.matcher(token).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
