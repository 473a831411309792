package vn.egov.portal.consultation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import vn.egov.portal.media.entity.StoredFile;
import vn.egov.portal.platform.entity.PersistentEntity;

/** The draft as a file (PDF, DOC, ODT) beside its text; public while the consultation is. */
@Entity
@Table(name = "consultation_file", indexes = @Index(name = "ix_consultation_file", columnList = "consultation_id"))
public class DraftFile extends PersistentEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consultation_id", nullable = false)
    private Consultation consultation;

    @Embedded
    private StoredFile stored;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected DraftFile() {}

    DraftFile(Consultation consultation, StoredFile stored, Instant uploadedAt) {
        this.consultation = Objects.requireNonNull(consultation, "consultation");
        this.stored = Objects.requireNonNull(stored, "stored");
        this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
    }

    public Consultation getConsultation() {
        return consultation;
    }

    public StoredFile getStored() {
        return stored;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
