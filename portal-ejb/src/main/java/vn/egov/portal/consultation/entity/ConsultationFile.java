package vn.egov.portal.consultation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import vn.egov.portal.media.entity.StoredFile;
import vn.egov.portal.platform.entity.PersistentEntity;

/**
 * A file of a consultation, public once it is opened: the draft as a file (PDF, DOC, ODT) beside its
 * text, or a file of the published summary of responses (PDF, ODT, CSV), which the portal generates.
 */
@Entity
@Table(name = "consultation_file", indexes = @Index(name = "ix_consultation_file", columnList = "consultation_id"))
public class ConsultationFile extends PersistentEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consultation_id", nullable = false)
    private Consultation consultation;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private FileKind kind;

    @Embedded
    private StoredFile stored;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ConsultationFile() {}

    ConsultationFile(Consultation consultation, FileKind kind, StoredFile stored, Instant uploadedAt) {
        this.consultation = Objects.requireNonNull(consultation, "consultation");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.stored = Objects.requireNonNull(stored, "stored");
        this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
    }

    public Consultation getConsultation() {
        return consultation;
    }

    public FileKind getKind() {
        return kind;
    }

    public StoredFile getStored() {
        return stored;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
