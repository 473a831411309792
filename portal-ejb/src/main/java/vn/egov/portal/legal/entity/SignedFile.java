package vn.egov.portal.legal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import vn.egov.portal.platform.entity.PersistentEntity;

/** A signed file of a document, stored by content hash outside the web root ({@code $PORTAL_DATA}). */
@Entity
@Table(name = "legal_file")
public class SignedFile extends PersistentEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private LegalDocument document;

    @Column(nullable = false, length = 255)
    private String fileName;

    @Column(nullable = false, length = 100)
    private String mediaType;

    @Column(nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(nullable = false)
    private Instant uploadedAt;

    protected SignedFile() {}

    public SignedFile(LegalDocument document, String fileName, String mediaType, long size, String sha256, Instant at) {
        this.document = Objects.requireNonNull(document, "document");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
        this.size = size;
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.uploadedAt = at;
    }

    public LegalDocument getDocument() {
        return document;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
