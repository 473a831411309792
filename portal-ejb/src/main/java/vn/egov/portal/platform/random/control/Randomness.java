package vn.egov.portal.platform.random.control;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The portal's one source of secure random bits: nonces, salts, tracking codes, secrets, tokens and
 * stored file names. The JDK's default {@code SecureRandom} on Linux (NativePRNG) makes every caller
 * of every instance wait on one global lock; under load, sealing particulars, naming stored files and
 * drawing dossier secrets queued there (bench/eservice under JFR: 161 waits of 10 ms or more in 25
 * seconds). Each thread therefore draws from its own DRBG (NIST SP 800-90A, seeded by the operating
 * system), and no caller waits for another.
 */
public final class Randomness {

    private static final ThreadLocal<SecureRandom> SOURCE = ThreadLocal.withInitial(Randomness::drbg);

    private Randomness() {}

    /** This thread's generator; use it at once, never keep it in a field another thread reads. */
    public static SecureRandom source() {
        return SOURCE.get();
    }

    /** {@code count} fresh random bytes. */
    public static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        source().nextBytes(bytes);
        return bytes;
    }

    private static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException unavailable) {
            throw new IllegalStateException("The JDK has no DRBG", unavailable);
        }
    }
}
