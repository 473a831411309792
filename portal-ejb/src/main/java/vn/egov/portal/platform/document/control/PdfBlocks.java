package vn.egov.portal.platform.document.control;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.List;
import java.util.Locale;

/** Lays the blocks of a {@link Document} out on PDF pages, in reading order. */
final class PdfBlocks {

    private static final Color HEADER_SHADE = new Color(0xE6, 0xE6, 0xE6);
    private static final float PADDING = 4;
    private static final float HEADER_SIZE = 10;
    private static final float MIN_HEADER_SIZE = 6;

    private final PdfWriter.PdfFonts fonts;
    private final Locale locale;

    PdfBlocks(PdfWriter.PdfFonts fonts, Locale locale) {
        this.fonts = fonts;
        this.locale = locale;
    }

    void addAll(com.lowagie.text.Document pdf, Document document) throws DocumentException {
        Paragraph title = new Paragraph(document.title(), new Font(fonts.bold(), 15));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(12);
        pdf.add(title);
        for (Block block : document.blocks()) {
            if (block instanceof Block.Heading heading) {
                pdf.add(heading(heading));
            } else if (block instanceof Block.Paragraph paragraph) {
                pdf.add(paragraph(paragraph));
            } else if (block instanceof Block.Fields fields) {
                for (Block.Field field : fields.fields()) {
                    pdf.add(PdfWriter.field(field, fonts));
                }
            } else if (block instanceof Table table
                    && !(table.headerRows().isEmpty() && table.rows().isEmpty())) {
                pdf.add(table(table, pdf.right() - pdf.left()));
            }
        }
    }

    private Paragraph heading(Block.Heading heading) {
        float size = 15 - 2 * heading.level();
        Paragraph paragraph = new Paragraph(heading.text(), new Font(fonts.bold(), size));
        paragraph.setSpacingBefore(10);
        paragraph.setSpacingAfter(5);
        paragraph.setKeepTogether(true);
        return paragraph;
    }

    private Paragraph paragraph(Block.Paragraph block) {
        Paragraph paragraph = new Paragraph(block.text(), new Font(fonts.regular(), 11));
        paragraph.setLeading(15);
        paragraph.setSpacingAfter(6);
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        return paragraph;
    }

    private PdfPTable table(Table table, float lineWidth) throws DocumentException {
        float[] widths = new float[table.columns()];
        float total = 0;
        for (int c = 0; c < widths.length; c++) {
            widths[c] = table.widths().get(c);
            total += widths[c];
        }
        PdfPTable pdfTable = new PdfPTable(widths);
        pdfTable.setWidthPercentage(100);
        pdfTable.setHeaderRows(table.headerRows().size());
        pdfTable.setSpacingBefore(6);
        pdfTable.setSpacingAfter(8);
        Font regular = new Font(fonts.regular(), 10);
        for (List<String> header : table.headerRows()) {
            for (int c = 0; c < header.size(); c++) {
                String label = header.get(c);
                // Less a point for the borders, which take their share of the column too.
                float room = lineWidth * widths[c] / total - 2 * PADDING - 1;
                PdfPCell cell = cell(new Phrase(label, headerFont(label, room)), Element.ALIGN_CENTER);
                cell.setBackgroundColor(HEADER_SHADE);
                pdfTable.addCell(cell);
            }
        }
        for (List<Cell> row : table.rows()) {
            for (Cell value : row) {
                pdfTable.addCell(cell(
                        new Phrase(value.shown(locale), regular),
                        value.isNumber() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT));
            }
        }
        return pdfTable;
    }

    /**
     * The header's bold type, smaller where a word of the label is wider than its column: a narrow
     * number column would otherwise break "Published" into "Publish" and "ed".
     */
    private Font headerFont(String label, float room) {
        float size = HEADER_SIZE;
        for (String word : label.split("\\s+")) {
            float width = fonts.bold().getWidthPoint(word, HEADER_SIZE);
            if (width > room) {
                size = Math.min(size, Math.max(MIN_HEADER_SIZE, HEADER_SIZE * room / width));
            }
        }
        return new Font(fonts.bold(), size);
    }

    private static PdfPCell cell(Phrase phrase, int alignment) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        // Vietnamese stacks marks above capitals: lines need more room than Latin text.
        cell.setLeading(0, 1.3f);
        cell.setPadding(PADDING);
        cell.setPaddingTop(3);
        return cell;
    }
}
