package vn.egov.portal.platform.document.control;

import java.util.List;
import java.util.Locale;

/**
 * The XML of an ODS: one sheet, named after the document, holding its blocks from the top down
 * (title, labelled values as label and value, headings and prose in the first column, tables with
 * bold header rows), an empty row between blocks. Numbers are float cells, so the figures of a
 * report can be summed and charted as they are.
 */
final class OdsContent {

    /** Characters a sheet name may not hold; 31 is the longest name every spreadsheet program takes. */
    private static final String NOT_IN_SHEET_NAMES = "[\\[\\]*?:/\\\\']";

    private static final int SHEET_NAME_LENGTH = 31;

    private OdsContent() {}

    static String content(Document document) {
        Locale locale = document.language().locale();
        StringBuilder xml = new StringBuilder(Xml.DECLARATION)
                .append("<office:document-content")
                .append(Xml.NAMESPACES)
                .append(">")
                .append(OdfWriter.fontFaces())
                .append("<office:automatic-styles>")
                .append(styles(widths(document)))
                .append("</office:automatic-styles><office:body><office:spreadsheet><table:table table:name=\"")
                .append(Xml.escape(sheetName(document.title())))
                .append("\">");
        List<Double> widths = widths(document);
        for (int c = 0; c < widths.size(); c++) {
            xml.append("<table:table-column table:style-name=\"co").append(c).append("\"/>");
        }
        xml.append(row(text("ceT", document.title())));
        for (Block block : document.blocks()) {
            xml.append(row(""));
            if (block instanceof Block.Heading heading) {
                xml.append(row(text("ceB", heading.text())));
            } else if (block instanceof Block.Paragraph paragraph) {
                xml.append(row(text(null, paragraph.text())));
            } else if (block instanceof Block.Fields fields) {
                fields.fields()
                        .forEach(field -> xml.append(row(text("ceB", field.label()) + text(null, field.value()))));
            } else if (block instanceof Table table) {
                table.headerRows()
                        .forEach(header -> xml.append(row(
                                header.stream().map(label -> text("ceH", label)).reduce("", String::concat))));
                table.rows()
                        .forEach(cells -> xml.append(row(
                                cells.stream().map(cell -> cell(cell, locale)).reduce("", String::concat))));
            }
        }
        return xml.append("</table:table></office:spreadsheet></office:body></office:document-content>")
                .toString();
    }

    static String styles() {
        return Xml.DECLARATION + "<office:document-styles" + Xml.NAMESPACES + ">" + OdfWriter.fontFaces()
                + "<office:styles><style:default-style style:family=\"table-cell\"><style:text-properties"
                + " style:font-name=\"" + OdfWriter.FONT + "\" fo:font-size=\"10pt\"/></style:default-style>"
                + "</office:styles></office:document-styles>";
    }

    /**
     * The name of the sheet: the title without the characters sheet names refuse, at most 31 long,
     * cut after a whole word where it can be.
     */
    static String sheetName(String title) {
        String name = title.replaceAll(NOT_IN_SHEET_NAMES, " ")
                .replaceAll("\\s+", " ")
                .strip();
        if (name.codePointCount(0, name.length()) > SHEET_NAME_LENGTH) {
            String longest = name.substring(0, name.offsetByCodePoints(0, SHEET_NAME_LENGTH));
            int space = name.substring(0, name.offsetByCodePoints(0, SHEET_NAME_LENGTH + 1))
                    .lastIndexOf(' ');
            name = (space > 0 ? name.substring(0, space) : longest).strip();
        }
        return name.isEmpty() ? "1" : name;
    }

    /** Column widths in cm: the first table's proportions, about 3 cm a column and never less, so labels in the first column show; 6 and 10 cm without a table. */
    private static List<Double> widths(Document document) {
        List<Table> tables = document.tables();
        if (tables.isEmpty()) {
            return List.of(6.0, 10.0);
        }
        Table first = tables.get(0);
        int columns = tables.stream().mapToInt(Table::columns).max().orElse(first.columns());
        double total = first.widths().stream().mapToInt(Integer::intValue).sum();
        double span = Math.max(16.0, 3.0 * first.columns());
        return java.util.stream.IntStream.range(0, Math.max(columns, 2))
                .mapToObj(c -> c < first.columns()
                        ? Math.max(3.0, span * first.widths().get(c) / total)
                        : 3.0)
                .toList();
    }

    private static String styles(List<Double> widths) {
        StringBuilder xml = new StringBuilder();
        for (int c = 0; c < widths.size(); c++) {
            xml.append("<style:style style:name=\"co")
                    .append(c)
                    .append("\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"")
                    .append(String.format(Locale.ROOT, "%.2fcm", widths.get(c)))
                    .append("\"/></style:style>");
        }
        return xml.append("<style:style style:name=\"ceT\" style:family=\"table-cell\"><style:text-properties"
                        + " fo:font-size=\"13pt\" fo:font-weight=\"bold\"/></style:style>")
                .append("<style:style style:name=\"ceB\" style:family=\"table-cell\"><style:text-properties"
                        + " fo:font-weight=\"bold\"/></style:style>")
                .append("<style:style style:name=\"ceH\" style:family=\"table-cell\"><style:table-cell-properties"
                        + " fo:background-color=\"#e6e6e6\" fo:border=\"0.5pt solid #000000\" fo:wrap-option=\"wrap\"/>"
                        + "<style:text-properties fo:font-weight=\"bold\"/></style:style>")
                .toString();
    }

    private static String row(String cells) {
        return "<table:table-row>" + (cells.isEmpty() ? "<table:table-cell/>" : cells) + "</table:table-row>";
    }

    private static String text(String style, String text) {
        String styled = style == null ? "" : " table:style-name=\"" + style + "\"";
        return "<table:table-cell" + styled + " office:value-type=\"string\"><text:p>" + Xml.paragraphText(text)
                + "</text:p></table:table-cell>";
    }

    private static String cell(Cell cell, Locale locale) {
        if (!cell.isNumber()) {
            return text(null, cell.text());
        }
        return "<table:table-cell office:value-type=\"float\" office:value=\""
                + cell.number().toPlainString() + "\"><text:p>" + Xml.escape(cell.shown(locale))
                + "</text:p></table:table-cell>";
    }
}
