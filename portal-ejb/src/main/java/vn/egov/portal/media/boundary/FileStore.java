package vn.egov.portal.media.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.egov.portal.media.control.FileContent;
import vn.egov.portal.media.control.FileRules;
import vn.egov.portal.media.control.FileStorage;
import vn.egov.portal.media.control.RejectedFileException;
import vn.egov.portal.media.entity.StoredFile;
import vn.egov.portal.platform.config.boundary.PortalConfig;
import vn.egov.portal.platform.document.control.GeneratedDocument;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.privacy.control.PersonalDataKey;

/**
 * The one file store of the portal (Article 11.2): every feature keeps its uploads here, under its
 * own {@link FileRules}, and records the {@link StoredFile} it gets back in its own entity. It checks
 * nobody's rights: the feature's boundary decides who may upload, and who may download is asked of
 * the feature by the one download path. Files follow the transaction: one written for a transaction
 * that rolls back is deleted again, and one deleted goes only once the transaction has committed.
 */
@Stateless
@PermitAll
public class FileStore {

    private static final Logger LOG = Logger.getLogger(FileStore.class.getName());

    @Inject
    PortalConfig config;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Checks the upload by content and keeps it; a refusal is a 400 on the field "file" naming the rule. */
    public StoredFile store(FileRules rules, String fileName, InputStream content) {
        try {
            StoredFile file = storage().store(rules, fileName, content);
            afterCompletion(false, file);
            return file;
        } catch (RejectedFileException refused) {
            throw InvalidInputException.of("file", refused.messageKey());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store an upload", e);
        }
    }

    /**
     * Keeps a document the portal generated (a receipt, a summary, a report) under rules such as
     * {@link FileRules#generated}: checked by content like an upload, and following the transaction.
     */
    public StoredFile keep(FileRules rules, GeneratedDocument document) {
        return store(rules, document.fileName(), new ByteArrayInputStream(document.bytes()));
    }

    /** The bytes to hand out, opened when sealed; {@code width} picks an image's rendition when it has one. */
    public FileContent open(StoredFile file, Integer width) {
        try {
            return storage().open(file, width);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a stored file", e);
        }
    }

    /** Deletes the file (an erasure, say) once the transaction commits. */
    public void delete(StoredFile file) {
        afterCompletion(true, file);
    }

    private FileStorage storage() {
        return new FileStorage(config.dataDirectory(), PersonalDataKey::cipher);
    }

    /** Deletes the file after a commit ({@code onCommit}) or after a rollback (not {@code onCommit}). */
    private void afterCompletion(boolean onCommit, StoredFile file) {
        FileStorage storage = storage();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Only the outcome matters.
            }

            @Override
            public void afterCompletion(int status) {
                if ((status == Status.STATUS_COMMITTED) == onCommit) {
                    try {
                        storage.delete(file);
                    } catch (IOException | RuntimeException e) {
                        LOG.log(Level.WARNING, "A stored file could not be deleted: " + file.getLocation(), e);
                    }
                }
            }
        });
    }
}
