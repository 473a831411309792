package vn.egov.portal.media.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import vn.egov.portal.media.control.FileNames;
import vn.egov.portal.media.control.MediaFormat;
import vn.egov.portal.platform.entity.PersistentEntity;

/**
 * A file of the public media library, kept by the file store and addressed publicly by a random
 * token (its stored name), so unpublished uploads cannot be enumerated.
 */
@Entity
@Table(name = "media_file")
@NamedQuery(name = MediaFile.BY_TOKEN, query = "select m from MediaFile m where m.token = :token")
@NamedQuery(name = MediaFile.BY_TOKENS, query = "select m from MediaFile m where m.token in :tokens")
public class MediaFile extends PersistentEntity {

    public static final String BY_TOKEN = "MediaFile.byToken";
    public static final String BY_TOKENS = "MediaFile.byTokens";

    @Column(nullable = false, unique = true, length = 40)
    private String token;

    @Embedded
    private StoredFile stored;

    @Column(nullable = false, length = 64)
    private String uploadedBy;

    @Column(nullable = false)
    private Instant uploadedAt;

    protected MediaFile() {}

    public MediaFile(StoredFile stored, String uploadedBy, Instant uploadedAt) {
        this.stored = Objects.requireNonNull(stored, "stored");
        this.token = stored.key();
        this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
        this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
    }

    public boolean isImage() {
        return stored.getFormat().isWebImage();
    }

    /** The public address: "/media/{token}/{file name in ASCII}". */
    public String getPath() {
        return "/media/" + token + "/" + FileNames.ascii(stored.getFileName());
    }

    public String getToken() {
        return token;
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

    public Integer getWidth() {
        return stored.getWidth();
    }

    public Integer getHeight() {
        return stored.getHeight();
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
