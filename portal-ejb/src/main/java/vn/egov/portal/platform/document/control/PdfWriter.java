package vn.egov.portal.platform.document.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.text.MessageFormat;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.platform.i18n.control.PortalMessages;

/**
 * PDF with OpenPDF: A4 with the margins of administrative documents, DejaVu Sans embedded (subset)
 * so Vietnamese prints the same on any machine, tables that run over pages with their header rows
 * repeated, and on each page the footer and "Trang x/y". The page count is known only at the end, so
 * the footer is stamped on the finished pages in a second pass.
 */
public final class PdfWriter {

    /** What the documents say made them (PDF producer, ODF generator). */
    static final String PRODUCER = "vn.egov.portal";

    /** Millimetres to PDF points. */
    private static final float MM = 72f / 25.4f;

    private PdfWriter() {}

    public static void write(Document document, OutputStream out) throws IOException {
        PdfFonts fonts = PdfFonts.load();
        ByteArrayOutputStream pages = new ByteArrayOutputStream(32 << 10);
        com.lowagie.text.Document pdf = new com.lowagie.text.Document(PageSize.A4, 30 * MM, 20 * MM, 20 * MM, 22 * MM);
        try {
            com.lowagie.text.pdf.PdfWriter writer = com.lowagie.text.pdf.PdfWriter.getInstance(pdf, pages);
            writer.getExtraCatalog()
                    .put(
                            PdfName.LANG,
                            new PdfString(document.language().locale().toLanguageTag()));
            pdf.addTitle(document.title());
            pdf.addAuthor(document.author());
            pdf.addSubject(document.subject());
            pdf.addCreator(PRODUCER);
            pdf.open();
            new PdfBlocks(fonts, document.language().locale()).addAll(pdf, document);
            pdf.close();
            stampFooters(pages.toByteArray(), document, fonts, out);
        } catch (DocumentException e) {
            throw new IOException("Cannot lay out the PDF", e);
        }
    }

    /** The page label pattern of the language, "Trang {0}/{1}": page, then page count. */
    static String pageLabel(Language language) {
        return PortalMessages.get(language.locale(), "document.page");
    }

    private static void stampFooters(byte[] laidOut, Document document, PdfFonts fonts, OutputStream out)
            throws IOException, DocumentException {
        PdfReader reader = new PdfReader(laidOut);
        PdfStamper stamper = new PdfStamper(reader, out);
        Font small = new Font(fonts.regular(), 9);
        int count = reader.getNumberOfPages();
        MessageFormat label = new MessageFormat(
                pageLabel(document.language()), document.language().locale());
        for (int page = 1; page <= count; page++) {
            com.lowagie.text.Rectangle size = reader.getPageSize(page);
            PdfContentByte over = stamper.getOverContent(page);
            float baseline = 12 * MM;
            if (!document.footer().isEmpty()) {
                ColumnText.showTextAligned(
                        over, Element.ALIGN_LEFT, new Phrase(document.footer(), small), 30 * MM, baseline, 0);
            }
            String numbering = label.format(new Object[] {String.valueOf(page), String.valueOf(count)});
            ColumnText.showTextAligned(
                    over, Element.ALIGN_RIGHT, new Phrase(numbering, small), size.getWidth() - 20 * MM, baseline, 0);
        }
        stamper.close();
        reader.close();
    }

    /** A paragraph of a label in bold and its value: one labelled value of a {@link Block.Fields}. */
    static Paragraph field(Block.Field field, PdfFonts fonts) {
        // Given the font even when empty: a bare Paragraph would bring Helvetica, unembedded.
        Paragraph line = new Paragraph(15, "", new Font(fonts.regular(), 11));
        line.add(new Chunk(field.label() + ": ", new Font(fonts.bold(), 11)));
        line.add(new Chunk(field.value(), new Font(fonts.regular(), 11)));
        line.setSpacingAfter(3);
        return line;
    }

    /** The embedded font: regular and bold faces of DejaVu Sans, loaded from the module's resources. */
    record PdfFonts(BaseFont regular, BaseFont bold) {
        static PdfFonts load() throws IOException {
            return new PdfFonts(font("DejaVuSans.ttf"), font("DejaVuSans-Bold.ttf"));
        }

        private static BaseFont font(String file) throws IOException {
            try (var in = PdfWriter.class.getResourceAsStream("/fonts/" + file)) {
                if (in == null) {
                    throw new IOException("The font " + file + " is missing from the resources");
                }
                return BaseFont.createFont(
                        file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
            } catch (DocumentException e) {
                throw new IOException("Cannot read the font " + file, e);
            }
        }
    }
}
