package vn.egov.portal.media.control;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/**
 * A file as a person sent it with a form, before any check: the name they gave it, its size and its
 * bytes, which are null when the file was over the size limit and so was never read. The Q&A
 * attachment and the dossier's component file are both one.
 */
public interface Incoming {

    String fileName();

    long size();

    byte[] content();

    /** The bytes to read; only for a file that was read. */
    default InputStream stream() {
        return new ByteArrayInputStream(content());
    }
}
