package vn.egov.portal.qa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import vn.egov.portal.media.control.MediaFormat;
import vn.egov.portal.platform.entity.PersistentEntity;
import vn.egov.portal.privacy.entity.SealedText;

/**
 * A file an asker sent with their question, in a format of Article 11.2 checked by content. It may
 * show them (a scanned ID card), so its bytes are sealed on disk under a random name, its name is
 * sealed too, and it is never public: officials download it through the console, logged.
 */
@Entity
@Table(name = "qa_attachment")
public class Attachment extends PersistentEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private Question question;

    @Convert(converter = SealedText.class)
    @Column(nullable = false, length = 1000)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MediaFormat format;

    @Column(nullable = false)
    private long sizeBytes;

    /** The random name of the sealed file under {@code $PORTAL_DATA/qa-attachments}. */
    @Column(nullable = false, unique = true, length = 40)
    private String storedName;

    @Column(nullable = false)
    private Instant uploadedAt;

    protected Attachment() {}

    Attachment(Question question, String fileName, MediaFormat format, long sizeBytes, String storedName, Instant at) {
        this.question = Objects.requireNonNull(question, "question");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.format = Objects.requireNonNull(format, "format");
        this.sizeBytes = sizeBytes;
        this.storedName = Objects.requireNonNull(storedName, "storedName");
        this.uploadedAt = Objects.requireNonNull(at, "at");
    }

    public Question getQuestion() {
        return question;
    }

    public String getFileName() {
        return fileName;
    }

    public MediaFormat getFormat() {
        return format;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getStoredName() {
        return storedName;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
