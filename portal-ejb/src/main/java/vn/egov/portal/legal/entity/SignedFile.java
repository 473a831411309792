package vn.egov.portal.legal.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import vn.egov.portal.media.entity.StoredFile;
import vn.egov.portal.platform.entity.PersistentEntity;

/** A signed file of a document, kept by the file store outside the web root ({@code $PORTAL_DATA}). */
@Entity
@Table(name = "legal_file")
public class SignedFile extends PersistentEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private LegalDocument document;

    /** The previous release's SIZE column; FORMAT is new here, nullable for its old rows (see StoredFile). */
    @Embedded
    @AttributeOverride(name = "sizeBytes", column = @Column(name = "SIZE", nullable = false))
    @AttributeOverride(name = "format", column = @Column(name = "FORMAT", length = 10))
    private StoredFile stored;

    @Column(nullable = false)
    private Instant uploadedAt;

    protected SignedFile() {}

    public SignedFile(LegalDocument document, StoredFile stored, Instant at) {
        this.document = Objects.requireNonNull(document, "document");
        this.stored = Objects.requireNonNull(stored, "stored");
        this.uploadedAt = at;
    }

    public LegalDocument getDocument() {
        return document;
    }

    public StoredFile getStored() {
        return stored;
    }

    public String getFileName() {
        return stored.getFileName();
    }

    public String getMediaType() {
        return stored.getServedType();
    }

    public long getSize() {
        return stored.getSizeBytes();
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
