package vn.egov.portal.platform.document.control;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * The formats a generated document is written in, each with the exact type it is served with and
 * its file-name extension. PDF for printing and signing (fonts embedded), ODT for editing (the
 * national standard for office documents is ODF), ODS and CSV for figures that go on in a spreadsheet.
 */
public enum DocumentFormat {
    PDF("application/pdf"),
    ODT("application/vnd.oasis.opendocument.text"),
    ODS("application/vnd.oasis.opendocument.spreadsheet"),
    CSV("text/csv; charset=UTF-8");

    private final String mediaType;

    DocumentFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Writes the document in this format; the stream is left open. */
    public void write(Document document, OutputStream out) throws IOException {
        switch (this) {
            case PDF -> PdfWriter.write(document, out);
            case ODT -> OdfWriter.text(document, out);
            case ODS -> OdfWriter.spreadsheet(document, out);
            case CSV -> CsvWriter.write(document, out);
        }
    }

    /** The format named by an extension or a request parameter ("pdf", "ODS"). */
    public static java.util.Optional<DocumentFormat> find(String name) {
        for (DocumentFormat format : values()) {
            if (format.extension().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return java.util.Optional.of(format);
            }
        }
        return java.util.Optional.empty();
    }
}
