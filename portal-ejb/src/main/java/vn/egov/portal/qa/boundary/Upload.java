package vn.egov.portal.qa.boundary;

/**
 * A file that came with a question, as received: the name the asker gave it, its size, and its
 * bytes; the bytes of a file over the size limit are not read at all (null).
 */
public record Upload(String fileName, long size, byte[] content) {

    public static Upload of(String fileName, byte[] content) {
        return new Upload(fileName, content.length, content);
    }

    /** The bytes to read; only for a file that was read. */
    public java.io.InputStream stream() {
        return new java.io.ByteArrayInputStream(content);
    }
}
