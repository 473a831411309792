package vn.egov.portal.test.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The content.xml of a generated ODT or ODS, for the ITs to assert on what the document holds. */
public final class OdfContent {

    private OdfContent() {}

    public static String of(byte[] odf) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(odf))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals("content.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("No content.xml in the document");
    }
}
