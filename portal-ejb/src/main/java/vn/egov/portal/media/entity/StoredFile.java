package vn.egov.portal.media.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import vn.egov.portal.media.control.MediaFormat;

/**
 * A file kept by the file store, as the feature that owns it records it ({@code @Embedded}): the
 * name it is handed out under, its format checked by content, its size, where its bytes are (a path
 * under {@code $PORTAL_DATA}, never in the web root), and whether they are sealed. Public files carry
 * the SHA-256 of their content (ETag, integrity); sealed files carry none, because a plain hash of a
 * personal file would let anyone holding the database confirm a guess of what it shows. Public web
 * images carry their width and height (read from the header), for pages that lay them out.
 *
 * <p>An owner whose files are personal seals the name too:
 * {@code @Convert(converter = SealedText.class, attributeName = "fileName")} on the embedded field.
 */
@Embeddable
public class StoredFile {

    @Column(nullable = false, length = 255)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MediaFormat format;

    @Column(nullable = false)
    private long sizeBytes;

    @Column(length = 64)
    private String sha256;

    /*
     * Location and sealed are new columns in the tables of the previous release, which had rows:
     * create-or-extend-tables cannot add a NOT NULL column to them, so they are nullable in the
     * schema, always set here, and filled for old rows by migration V2.
     */
    @Column(length = 200)
    private String location;

    @Column
    private boolean sealed;

    private Integer width;

    private Integer height;

    protected StoredFile() {}

    /** A public file: hashed. */
    public static StoredFile of(String fileName, MediaFormat format, long sizeBytes, String sha256, String location) {
        return new StoredFile(fileName, format, sizeBytes, Objects.requireNonNull(sha256, "sha256"), location, false);
    }

    /** A personal file: sealed, with no hash. */
    public static StoredFile sealed(String fileName, MediaFormat format, long sizeBytes, String location) {
        return new StoredFile(fileName, format, sizeBytes, null, location, true);
    }

    private StoredFile(
            String fileName, MediaFormat format, long sizeBytes, String sha256, String location, boolean sealed) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.format = Objects.requireNonNull(format, "format");
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.location = Objects.requireNonNull(location, "location");
        this.sealed = sealed;
    }

    /** The same file, with the dimensions of the image it is. */
    public StoredFile measured(int width, int height) {
        StoredFile measured = new StoredFile(fileName, format, sizeBytes, sha256, location, sealed);
        measured.width = width;
        measured.height = height;
        return measured;
    }

    /** The last part of the location: a random name, unique to this file for every file stored since the one store. */
    public String key() {
        return location.substring(location.lastIndexOf('/') + 1);
    }

    public String getFileName() {
        return fileName;
    }

    public MediaFormat getFormat() {
        return format;
    }

    /** The exact type the file is served with, fixed by its format, never the uploader's word. */
    public String getServedType() {
        return format.servedType();
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    /** Null for a sealed file. */
    public String getSha256() {
        return sha256;
    }

    public String getLocation() {
        return location;
    }

    public boolean isSealed() {
        return sealed;
    }

    /** Null unless the file is a public web image. */
    public Integer getWidth() {
        return width;
    }

    public Integer getHeight() {
        return height;
    }
}
