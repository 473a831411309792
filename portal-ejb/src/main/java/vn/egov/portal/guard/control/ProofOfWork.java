package vn.egov.portal.guard.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import vn.egov.portal.platform.random.control.Randomness;

/**
 * A self-hosted challenge that needs no third-party service and no picture to read: the browser
 * finds a number whose SHA-256 together with the challenge starts with {@code bits} zero bits. A
 * person waits a moment once; a machine sending thousands of questions pays for each one. The
 * challenge is signed, so the server keeps nothing until one is used (then it is spent).
 * A challenge reads "v1.issued.random.bits.signature".
 */
public final class ProofOfWork {

    public enum Verdict {
        VALID,
        MALFORMED,
        FORGED,
        EXPIRED,
        TOO_EASY,
        UNSOLVED
    }

    private static final Pattern FORM =
            Pattern.compile("v1\\.\\d{1,12}\\.[A-Za-z0-9_-]{22}\\.\\d{1,2}\\.[A-Za-z0-9_-]{43}");
    private static final Pattern NONCE = Pattern.compile("\\d{1,20}");
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec secret;
    private final int bits;
    private final Duration lifetime;

    public ProofOfWork(byte[] secret, int bits, Duration lifetime) {
        if (bits < 1 || bits > 32) {
            throw new IllegalArgumentException("Difficulty between 1 and 32 bits, not " + bits);
        }
        this.secret = new SecretKeySpec(secret.clone(), "HmacSHA256");
        this.bits = bits;
        this.lifetime = lifetime;
    }

    public String issue(Instant now) {
        byte[] random = new byte[16];
        Randomness.source().nextBytes(random);
        String unsigned = "v1." + now.getEpochSecond() + "." + B64.encodeToString(random) + "." + bits;
        return unsigned + "." + sign(unsigned);
    }

    public Verdict verify(String challenge, String nonce, Instant now) {
        if (challenge == null
                || nonce == null
                || !FORM.matcher(challenge).matches()
                || !NONCE.matcher(nonce).matches()) {
            return Verdict.MALFORMED;
        }
        String[] parts = challenge.split("\\.");
        String unsigned = challenge.substring(0, challenge.lastIndexOf('.'));
        if (!MessageDigest.isEqual(
                sign(unsigned).getBytes(StandardCharsets.US_ASCII), parts[4].getBytes(StandardCharsets.US_ASCII))) {
            return Verdict.FORGED;
        }
        Instant issued = Instant.ofEpochSecond(Long.parseLong(parts[1]));
        if (now.isAfter(issued.plus(lifetime)) || issued.isAfter(now.plusSeconds(60))) {
            return Verdict.EXPIRED;
        }
        int required = Integer.parseInt(parts[3]);
        if (required < bits) {
            return Verdict.TOO_EASY;
        }
        return solves(challenge, nonce, required) ? Verdict.VALID : Verdict.UNSOLVED;
    }

    /** The part of a challenge that names it, for spending it once. */
    public static String idOf(String challenge) {
        return challenge.split("\\.")[2];
    }

    public static boolean solves(String challenge, String nonce, int bits) {
        byte[] hash = sha256(challenge + ":" + nonce);
        int full = bits / 8;
        for (int i = 0; i < full; i++) {
            if (hash[i] != 0) {
                return false;
            }
        }
        int rest = bits % 8;
        return rest == 0 || (hash[full] & 0xFF) >>> (8 - rest) == 0;
    }

    /** Finds a nonce the way the browser does; for clients written in Java (tests, benchmarks). */
    public static String solve(String challenge) {
        int required = Integer.parseInt(challenge.split("\\.")[3]);
        for (long nonce = 0; ; nonce++) {
            if (solves(challenge, Long.toString(nonce), required)) {
                return Long.toString(nonce);
            }
        }
    }

    public int bits() {
        return bits;
    }

    private String sign(String unsigned) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            return B64.encodeToString(mac.doFinal(unsigned.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
