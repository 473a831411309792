package vn.egov.portal.qa.boundary;

import vn.egov.portal.media.control.Incoming;

/**
 * A file that came with a question, as received: the name the asker gave it, its size, and its
 * bytes; the bytes of a file over the size limit are not read at all (null).
 */
public record Upload(String fileName, long size, byte[] content) implements Incoming {

    public static Upload of(String fileName, byte[] content) {
        return new Upload(fileName, content.length, content);
    }
}
