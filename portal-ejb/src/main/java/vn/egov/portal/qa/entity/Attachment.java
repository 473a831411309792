package vn.egov.portal.qa.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import vn.egov.portal.media.control.MediaFormat;
import vn.egov.portal.media.entity.StoredFile;
import vn.egov.portal.platform.entity.PersistentEntity;
import vn.egov.portal.privacy.entity.SealedText;

/**
 * A file an asker sent with their question, in a format of Article 11.2 checked by content. It may
 * show them (a scanned ID card), so the file store keeps its bytes sealed, its name is sealed too,
 * and it is never public: officials download it through the console, logged.
 */
@Entity
@Table(name = "qa_attachment")
public class Attachment extends PersistentEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private Question question;

    @Embedded
    @AttributeOverride(name = "fileName", column = @Column(name = "FILENAME", nullable = false, length = 1000))
    @Convert(converter = SealedText.class, attributeName = "fileName")
    private StoredFile stored;

    @Column(nullable = false)
    private Instant uploadedAt;

    protected Attachment() {}

    Attachment(Question question, StoredFile stored, Instant at) {
        this.question = Objects.requireNonNull(question, "question");
        this.stored = Objects.requireNonNull(stored, "stored");
        this.uploadedAt = Objects.requireNonNull(at, "at");
    }

    public Question getQuestion() {
        return question;
    }

    public StoredFile getStored() {
        return stored;
    }

    public String getFileName() {
        return stored.getFileName();
    }

    public MediaFormat getFormat() {
        return stored.getFormat();
    }

    public long getSizeBytes() {
        return stored.getSizeBytes();
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
