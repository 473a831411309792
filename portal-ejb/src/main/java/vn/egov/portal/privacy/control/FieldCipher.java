package vn.egov.portal.privacy.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import vn.egov.portal.platform.random.control.Randomness;

/**
 * Seals personal data for storage with AES-256-GCM: a fresh random nonce per value, so equal values
 * look different on disk, and an authentication tag, so a tampered value fails to open instead of
 * reading as something else. Sealed text reads "v1:" + Base64(nonce | ciphertext | tag).
 */
public final class FieldCipher {

    public static final int KEY_BYTES = 32;
    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecretKeySpec digestKey;

    public FieldCipher(byte[] keyBytes) {
        if (keyBytes == null || keyBytes.length != KEY_BYTES) {
            throw new IllegalArgumentException("The personal-data key must be " + KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(keyBytes.clone(), "AES");
        this.digestKey = new SecretKeySpec(hmac(keyBytes, "portal digest key"), "HmacSHA256");
    }

    public String seal(String plain) {
        if (plain == null) {
            return null;
        }
        return PREFIX + Base64.getEncoder().encodeToString(sealBytes(plain.getBytes(StandardCharsets.UTF_8)));
    }

    /** Opens a sealed value; throws IllegalArgumentException when it was changed or sealed with another key. */
    public String open(String sealed) {
        if (sealed == null) {
            return null;
        }
        if (!sealed.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Not a sealed value");
        }
        return new String(
                openBytes(Base64.getDecoder().decode(sealed.substring(PREFIX.length()))), StandardCharsets.UTF_8);
    }

    /** Seals bytes (a file a person sent) the same way: nonce | ciphertext | tag. */
    public byte[] sealBytes(byte[] plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            Randomness.source().nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** Opens sealed bytes; throws IllegalArgumentException when they were changed or sealed with another key. */
    public byte[] openBytes(byte[] sealed) {
        if (sealed.length <= NONCE_BYTES) {
            throw new IllegalArgumentException("Sealed value too short");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (javax.crypto.AEADBadTagException wrongKeyOrChanged) {
            throw new IllegalArgumentException("Sealed value does not open with this key", wrongKeyOrChanged);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * A keyed, one-way digest for finding records by a personal value (how many questions from this
     * e-mail today?) without storing the value in a form anyone could search.
     */
    public String digest(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(digestKey);
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static byte[] hmac(byte[] key, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Reads a Base64 key as configured; throws IllegalArgumentException naming the rule when it is not 32 bytes. */
    public static byte[] decodeKey(String base64) {
        byte[] key = Base64.getDecoder().decode(base64.strip());
        if (key.length != KEY_BYTES) {
            Arrays.fill(key, (byte) 0);
            throw new IllegalArgumentException("The personal-data key must be " + KEY_BYTES + " bytes in Base64");
        }
        return key;
    }

    public static String newKey() {
        byte[] key = new byte[KEY_BYTES];
        Randomness.source().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
