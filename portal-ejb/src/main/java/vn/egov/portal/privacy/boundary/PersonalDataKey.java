package vn.egov.portal.privacy.boundary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.egov.portal.privacy.control.FieldCipher;
import vn.egov.portal.setup.control.SecretFiles;

/**
 * The key that seals personal data at rest (R11.3), from configuration: {@code portal.personal-data.key}
 * (env PORTAL_PERSONAL_DATA_KEY), 32 bytes in Base64. Without it a key is generated once into
 * {@code $PORTAL_DATA/.runtime/personal-data.key} (mode 0600), like the quick start's database password,
 * and a warning says to configure one. The JPA converter needs it outside of CDI, hence the static holder.
 */
public final class PersonalDataKey {

    public static final String KEY_PROPERTY = "portal.personal-data.key";
    public static final String FILE_NAME = "personal-data.key";
    private static final Logger LOG = Logger.getLogger(PersonalDataKey.class.getName());
    private static volatile FieldCipher cipher;

    private PersonalDataKey() {}

    public static FieldCipher cipher() {
        FieldCipher current = cipher;
        if (current == null) {
            synchronized (PersonalDataKey.class) {
                if (cipher == null) {
                    cipher = new FieldCipher(load(ConfigProvider.getConfig()));
                }
                current = cipher;
            }
        }
        return current;
    }

    private static byte[] load(Config config) {
        Optional<String> configured =
                config.getOptionalValue(KEY_PROPERTY, String.class).filter(key -> !key.isBlank());
        if (configured.isPresent()) {
            return FieldCipher.decodeKey(configured.get());
        }
        Path data = Path.of(config.getOptionalValue("portal.data", String.class).orElse("./data"));
        return FieldCipher.decodeKey(generatedKey(
                data.toAbsolutePath().normalize().resolve(".runtime").resolve(FILE_NAME)));
    }

    private static String generatedKey(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                SecretFiles.write(file, FieldCipher.newKey());
                LOG.warning(() ->
                        "No " + KEY_PROPERTY + " configured: personal data is sealed with a key generated into " + file
                                + ". Configure PORTAL_PERSONAL_DATA_KEY in production and keep it apart from backups.");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the personal-data key " + file, e);
        }
    }
}
