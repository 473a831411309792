package vn.egov.portal.privacy.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Names the personal-data key without revealing it: a keyed digest of a fixed label. The database
 * records the fingerprint of the key that sealed its data, so a portal started with another key (or
 * none) knows it cannot open that data instead of sealing new data with a key nobody kept; a backup
 * carries it so that a restore can refuse a key that does not fit. {@link #main} prints the
 * fingerprint of the Base64 key read from standard input, for restore.sh.
 */
public final class KeyFingerprint {

    private static final String LABEL = "portal personal-data key fingerprint v1";
    private static final String PREFIX = "k1:";

    /** How the key in hand relates to the one that sealed the stored data. */
    public enum Verdict {
        /** Nothing was sealed under a recorded key yet: the key in hand becomes the recorded one. */
        FIRST_USE,
        MATCHES,
        /** Data was sealed, and no key is configured or kept: none may be generated now. */
        MISSING,
        MISMATCH
    }

    private KeyFingerprint() {}

    public static String of(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return PREFIX
                    + Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(mac.doFinal(LABEL.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /**
     * @param recorded the fingerprint the database holds, if any
     * @param inHand the fingerprint of the configured or kept key; empty when there is none
     */
    public static Verdict judge(Optional<String> recorded, Optional<String> inHand) {
        if (recorded.isEmpty()) {
            return Verdict.FIRST_USE;
        }
        if (inHand.isEmpty()) {
            return Verdict.MISSING;
        }
        return recorded.get().equals(inHand.get()) ? Verdict.MATCHES : Verdict.MISMATCH;
    }

    /** Reads a Base64 key (as in personal-data.key) from standard input and prints its fingerprint. */
    public static void main(String[] args) throws IOException {
        String key = new String(System.in.readAllBytes(), StandardCharsets.US_ASCII);
        try {
            System.out.println(of(FieldCipher.decodeKey(key)));
        } catch (IllegalArgumentException malformed) {
            System.err.println(malformed.getMessage());
            System.exit(2);
        }
    }
}
