package vn.egov.portal.test.client;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.text.Normalizer;

/** The text of a generated PDF read back with OpenPDF's extractor, for the ITs to assert on. */
public final class PdfText {

    private PdfText() {}

    /** Every page's text, blanks and line breaks folded to one space (a table cell wraps its text), NFC. */
    public static String of(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return Normalizer.normalize(text.toString().replaceAll("\\s+", " "), Normalizer.Form.NFC);
        }
    }
}
