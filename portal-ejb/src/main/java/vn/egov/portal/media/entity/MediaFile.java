package vn.egov.portal.media.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.egov.portal.media.control.MediaFormat;
import vn.egov.portal.platform.entity.PersistentEntity;

/**
 * An uploaded file: stored under {@code $PORTAL_DATA/media} with a random name, never in the web root,
 * and addressed publicly by a random token so unpublished uploads cannot be enumerated.
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

    @Column(nullable = false, length = 255)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MediaFormat format;

    @Column(nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(nullable = false, length = 200)
    private String storedPath;

    private Integer width;

    private Integer height;

    @Column(nullable = false, length = 64)
    private String uploadedBy;

    @Column(nullable = false)
    private Instant uploadedAt;

    protected MediaFile() {}

    public MediaFile(
            String token,
            String fileName,
            MediaFormat format,
            long sizeBytes,
            String sha256,
            String storedPath,
            String uploadedBy,
            Instant uploadedAt) {
        this.token = token;
        this.fileName = fileName;
        this.format = format;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storedPath = storedPath;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public void measured(int width, int height) {
        this.width = width;
        this.height = height;
    }

    public boolean isImage() {
        return format.isWebImage();
    }

    /** The public address: "/media/{token}/{file name}". */
    public String getPath() {
        return "/media/" + token + "/" + fileName;
    }

    public String getToken() {
        return token;
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

    public String getSha256() {
        return sha256;
    }

    public String getStoredPath() {
        return storedPath;
    }

    public Integer getWidth() {
        return width;
    }

    public Integer getHeight() {
        return height;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
