package vn.egov.portal.qa.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.egov.portal.media.control.MediaCheck;
import vn.egov.portal.media.control.MediaFormat;
import vn.egov.portal.platform.boundary.PortalConfig;
import vn.egov.portal.privacy.control.PersonalDataKey;
import vn.egov.portal.qa.entity.Attachment;
import vn.egov.portal.qa.entity.Question;

/**
 * The files askers send: documents, images and archives of Article 11.2 only, recognised by their
 * content (the media feature's check), a few and small; sealed with the personal-data key under a
 * random name in {@code $PORTAL_DATA/qa-attachments}, outside the web root and the public media.
 * A file written for a transaction that then rolls back is deleted again.
 */
@Stateless
@PermitAll
public class AttachmentStore {

    private static final Set<MediaFormat.Group> ACCEPTED =
            EnumSet.of(MediaFormat.Group.DOCUMENT, MediaFormat.Group.IMAGE, MediaFormat.Group.ARCHIVE);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    PortalConfig config;

    @Inject
    QaSettings settings;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Field "attachments" to the broken rule's message key, for every problem with the files; empty when fine. */
    public Map<String, String> check(List<Upload> uploads) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (uploads.size() > settings.maxAttachments()) {
            errors.put("attachments", "qa.error.attachments.count");
            return errors;
        }
        for (Upload upload : uploads) {
            String refusal = refusal(upload);
            if (refusal != null) {
                errors.put("attachments", refusal);
                return errors;
            }
        }
        return errors;
    }

    /** Seals and keeps the (checked) files of a question. */
    public void keep(Question question, List<Upload> uploads, Instant at) {
        for (Upload upload : uploads) {
            MediaFormat format = verdict(upload).format();
            String storedName = HexFormat.of().formatHex(randomBytes());
            write(storedName, PersonalDataKey.cipher().sealBytes(upload.content()));
            question.attach(safeName(upload.fileName()), format, upload.size(), storedName, at);
        }
    }

    public byte[] read(Attachment attachment) {
        try {
            return PersonalDataKey.cipher().openBytes(Files.readAllBytes(fileOf(attachment.getStoredName())));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read attachment " + attachment.getId(), e);
        }
    }

    /** Deletes the sealed file (erasure); the row goes with its question's list. */
    public void delete(Attachment attachment) {
        try {
            Files.deleteIfExists(fileOf(attachment.getStoredName()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete attachment " + attachment.getId(), e);
        }
    }

    private String refusal(Upload upload) {
        if (upload.content() == null || upload.size() > settings.maxAttachmentBytes()) {
            return "qa.error.attachments.size";
        }
        MediaCheck.Verdict verdict = verdict(upload);
        if (!verdict.accepted()) {
            return verdict.refusalKey();
        }
        return ACCEPTED.contains(verdict.format().group()) ? null : "qa.error.attachments.format";
    }

    private MediaCheck.Verdict verdict(Upload upload) {
        Map<MediaFormat.Group, Long> limits = new LinkedHashMap<>();
        for (MediaFormat.Group group : MediaFormat.Group.values()) {
            limits.put(group, settings.maxAttachmentBytes());
        }
        return new MediaCheck(limits)
                .check(upload.fileName(), upload.size(), new ByteArrayInputStream(upload.content()));
    }

    private void write(String storedName, byte[] sealed) {
        Path file = fileOf(storedName);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, sealed);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store an attachment", e);
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Only the outcome matters.
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    file.toFile().delete();
                }
            }
        });
    }

    private Path fileOf(String storedName) {
        return config.dataDirectory()
                .resolve("qa-attachments")
                .resolve(storedName.substring(0, 2))
                .resolve(storedName);
    }

    /** The name as given, without any path, for the download's file name. */
    private static String safeName(String fileName) {
        String name = fileName == null ? "tep" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"]", "")
                .strip();
        return name.isEmpty() ? "tep" : name.substring(0, Math.min(name.length(), 200));
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
