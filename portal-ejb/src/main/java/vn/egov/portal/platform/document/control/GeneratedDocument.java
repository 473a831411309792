package vn.egov.portal.platform.document.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import vn.egov.portal.platform.i18n.control.Text;

/**
 * A document written in one format, ready to be sent or kept: its bytes and the readable name it
 * goes out under ("Giấy tiếp nhận HS-2026-000123.pdf"). Documents are small (pages, not archives),
 * so they are held in memory.
 */
public record GeneratedDocument(String fileName, DocumentFormat format, byte[] bytes) {

    public GeneratedDocument {
        fileName = Objects.requireNonNull(Text.nfc(fileName), "fileName");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** Writes {@code document} as {@code format}, named {@code name} plus the format's extension. */
    public static GeneratedDocument of(Document document, DocumentFormat format, String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 << 10);
        try {
            format.write(document, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a " + format + " document", e);
        }
        String stem = Text.clean(name) == null ? format.extension() : Text.clean(name);
        return new GeneratedDocument(stem + "." + format.extension(), format, out.toByteArray());
    }

    public String mediaType() {
        return format.mediaType();
    }
}
