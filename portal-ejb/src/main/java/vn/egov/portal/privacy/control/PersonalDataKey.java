package vn.egov.portal.privacy.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.egov.portal.platform.config.control.SecretFiles;
import vn.egov.portal.privacy.boundary.SealedDataUnavailableException;

/**
 * The key that seals personal data at rest (R11.3), from configuration: {@code portal.personal-data.key}
 * (env PORTAL_PERSONAL_DATA_KEY), 32 bytes in Base64. Without it a key is generated once into
 * {@code $PORTAL_DATA/.runtime/personal-data.key} (mode 0600), like the quick start's database password,
 * and a warning says to configure one, but only on a database that has sealed nothing yet:
 * {@link vn.egov.portal.privacy.boundary.SealingKeyGuard} checks the key against the fingerprint the database recorded before anything
 * is sealed, and refuses the key (every sealed read and write then fails with
 * {@link SealedDataUnavailableException}) when it is missing or another one. The JPA converter needs
 * the key outside of CDI, hence the static holder (plain Java, so the entity's converter reaches it without
 * depending on a boundary). Only SealingKeyGuard judges the key: it alone calls {@link #accept()} and
 * {@link #refuse(String)}.
 */
public final class PersonalDataKey {

    public static final String KEY_PROPERTY = "portal.personal-data.key";
    public static final String FILE_NAME = "personal-data.key";
    private static final Logger LOG = Logger.getLogger(PersonalDataKey.class.getName());
    private static volatile FieldCipher cipher;
    private static volatile String fingerprint;
    private static volatile String refusal;

    private PersonalDataKey() {}

    public static FieldCipher cipher() {
        String refused = refusal;
        if (refused != null) {
            throw new SealedDataUnavailableException(refused);
        }
        FieldCipher current = cipher;
        if (current == null) {
            synchronized (PersonalDataKey.class) {
                if (cipher == null) {
                    byte[] key = FieldCipher.decodeKey(
                            configured(config()).orElseGet(() -> generatedKey(keyFile(config()))));
                    fingerprint = KeyFingerprint.of(key);
                    cipher = new FieldCipher(key);
                }
                current = cipher;
            }
        }
        return current;
    }

    /** The fingerprint of the key in use, generating one on a first start like {@link #cipher()}. */
    public static String fingerprint() {
        cipher();
        return fingerprint;
    }

    /** The fingerprint of the configured or kept key, if there is one; never generates a key. */
    public static Optional<String> fingerprintInHand() {
        Config config = config();
        Optional<String> key = configured(config).or(() -> kept(keyFile(config)));
        return key.map(FieldCipher::decodeKey).map(KeyFingerprint::of);
    }

    /** From now on nothing is sealed or opened; the reason says why (for the health check and the log). */
    public static void refuse(String reason) {
        refusal = reason;
    }

    public static void accept() {
        refusal = null;
    }

    public static Optional<String> refusal() {
        return Optional.ofNullable(refusal);
    }

    private static Config config() {
        return ConfigProvider.getConfig();
    }

    private static Optional<String> configured(Config config) {
        return config.getOptionalValue(KEY_PROPERTY, String.class).filter(key -> !key.isBlank());
    }

    private static Path keyFile(Config config) {
        Path data = Path.of(config.getOptionalValue("portal.data", String.class).orElse("./data"));
        return data.toAbsolutePath().normalize().resolve(".runtime").resolve(FILE_NAME);
    }

    private static Optional<String> kept(Path file) {
        try {
            return Files.isRegularFile(file)
                    ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the personal-data key " + file, e);
        }
    }

    private static String generatedKey(Path file) {
        return kept(file).orElseGet(() -> {
            SecretFiles.write(file, FieldCipher.newKey());
            LOG.warning(() -> "No " + KEY_PROPERTY + " configured: personal data is sealed with a key generated into "
                    + file + ". Configure PORTAL_PERSONAL_DATA_KEY in production and keep it apart from backups.");
            return kept(file).orElseThrow();
        });
    }
}
