package vn.egov.portal.backup.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.egov.portal.audit.boundary.AuditTrail;
import vn.egov.portal.platform.config.boundary.PortalConfig;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.privacy.entity.SealingKey;
import vn.egov.portal.security.entity.Roles;

/**
 * A consistent copy of the embedded H2 database taken while the portal runs (H2's BACKUP TO copies
 * a transactionally consistent state without stopping writers), for server-config/backup.sh. The
 * copy goes under {@code $PORTAL_DATA/backups} with a name the portal chooses, never one a caller
 * gives, and is not served over HTTP: the script on the host collects it. It carries the
 * fingerprint of the personal-data key, never the key. PostgreSQL is backed up with pg_dump instead.
 */
@Stateless
@RolesAllowed({Roles.SYSADMIN, Roles.BATCH_OPERATOR})
public class DatabaseBackup {

    public static final String FOLDER = "backups";
    private static final Logger LOG = Logger.getLogger(DatabaseBackup.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    /** What was written: the file relative to the data folder, and the key it needs. */
    public record Snapshot(String file, String database, String keyFingerprint, Instant createdAt) {}

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalConfig config;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Snapshot snapshot() {
        Instant now = clock.instant();
        String name = "db-" + STAMP.format(now.atZone(config.zone())) + ".zip";
        Path target = folder().resolve(name);
        try (Connection connection = database.getConnection()) {
            if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
                throw new ConflictException("error.backup.notEmbedded", "Back up PostgreSQL with pg_dump");
            }
            if (connection.getMetaData().getURL().startsWith("jdbc:h2:mem:")) {
                throw new ConflictException("error.backup.inMemory", "An in-memory database has no files to copy");
            }
            try (PreparedStatement backup = connection.prepareStatement("BACKUP TO ?")) {
                backup.setString(1, target.toString());
                backup.execute();
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("The database backup failed: " + failed.getSQLState(), failed);
        }
        String fingerprint = em.createNamedQuery(SealingKey.ALL, SealingKey.class).getResultList().stream()
                .map(SealingKey::getFingerprint)
                .findFirst()
                .orElse(null);
        audit.record("backup.create", "backup " + name, null);
        LOG.info(() -> "Database backup written to " + target);
        return new Snapshot(FOLDER + "/" + name, "H2", fingerprint, now);
    }

    private Path folder() {
        Path folder = config.dataDirectory().resolve(FOLDER);
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(
                        folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + folder, e);
        }
    }
}
