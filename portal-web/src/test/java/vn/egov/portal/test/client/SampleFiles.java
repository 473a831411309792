package vn.egov.portal.test.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small files for forms that take uploads: one the content check accepts, one it must refuse. */
public final class SampleFiles {

    /** The smallest file Tika reads as a PDF. */
    public static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** A Windows program's header, named as if it were a PDF. */
    public static final byte[] PROGRAM_NAMED_PDF = {
        'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF
    };

    private SampleFiles() {}

    /** A temporary file with these bytes, for a browser's file input. */
    public static Path write(String prefix, String suffix, byte[] content) throws IOException {
        Path file = Files.createTempFile(prefix, suffix);
        Files.write(file, content);
        file.toFile().deleteOnExit();
        return file;
    }
}
