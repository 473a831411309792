package vn.egov.portal.media.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/**
 * Moves the files of the previous release onto the one file store's columns, at start and before
 * anything stores a file ({@code PortalBootstrap} depends on it). That release had three stores: media
 * by a path relative to {@code media/}, signed legal files by their SHA-256 under {@code legal-files/}
 * with a media type instead of a format, and sealed Q&A attachments by a stored name under
 * {@code qa-attachments/}. The files stay where they are on disk; each row gets the location of its
 * file, and the column only the old store had is dropped, so the step runs once and is skipped after.
 * Plain SQL that H2 and PostgreSQL both take.
 */
@Singleton
@Startup
@PermitAll
public class StoredFileUpgrade {

    private static final Logger LOG = Logger.getLogger(StoredFileUpgrade.class.getName());

    /** One store of the previous release: its table, the column only it had, how its rows move, the drop. */
    record Step(String table, String oldColumn, String move, String drop) {}

    static final List<Step> STEPS = List.of(
            new Step(
                    "media_file",
                    "storedpath",
                    "UPDATE media_file SET location = 'media/' || storedpath, sealed = FALSE WHERE location IS NULL",
                    "ALTER TABLE media_file DROP COLUMN storedpath"),
            new Step(
                    "legal_file",
                    "mediatype",
                    """
                    UPDATE legal_file SET location = 'legal-files/' || SUBSTRING(sha256 FROM 1 FOR 2) || '/' || sha256,
                        sealed = FALSE,
                        format = CASE mediatype
                            WHEN 'application/pdf' THEN 'PDF'
                            WHEN 'application/msword' THEN 'DOC'
                            WHEN 'application/vnd.oasis.opendocument.text' THEN 'ODT'
                            WHEN 'text/plain; charset=UTF-8' THEN 'TXT' END
                    WHERE location IS NULL""",
                    "ALTER TABLE legal_file DROP COLUMN mediatype"),
            new Step(
                    "qa_attachment",
                    "storedname",
                    """
                    UPDATE qa_attachment
                    SET location = 'qa-attachments/' || SUBSTRING(storedname FROM 1 FOR 2) || '/' || storedname,
                        sealed = TRUE
                    WHERE location IS NULL""",
                    "ALTER TABLE qa_attachment DROP COLUMN storedname"));

    @PersistenceContext
    EntityManager em;

    /** Runs the steps whose old column is still there; a failure stops the start, since files would not open. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void upgrade() {
        for (Step step : STEPS) {
            if (hasColumn(step.table(), step.oldColumn())) {
                int moved = em.createNativeQuery(step.move()).executeUpdate();
                em.createNativeQuery(step.drop()).executeUpdate();
                LOG.info(() -> "Files of the previous release moved to the file store: " + step.table() + ", " + moved);
            }
        }
    }

    private boolean hasColumn(String table, String column) {
        Number found = (Number) em.createNativeQuery(
                        """
                        SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS
                        WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND UPPER(TABLE_NAME) = ? AND UPPER(COLUMN_NAME) = ?""")
                .setParameter(1, table.toUpperCase(java.util.Locale.ROOT))
                .setParameter(2, column.toUpperCase(java.util.Locale.ROOT))
                .getSingleResult();
        return found.longValue() > 0;
    }
}
