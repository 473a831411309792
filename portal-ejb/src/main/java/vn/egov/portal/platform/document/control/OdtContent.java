package vn.egov.portal.platform.document.control;

import java.util.List;
import java.util.Locale;

/**
 * The XML of an ODT: the document's blocks as paragraphs, headings (with outline levels, so the
 * office program's navigator and a PDF export see the structure) and tables whose header rows repeat
 * on each page; an A4 page with the margins of administrative documents and a footer with the page
 * number and count as fields, so they stay right after the reader edits.
 */
final class OdtContent {

    private OdtContent() {}

    static String content(Document document) {
        Locale locale = document.language().locale();
        StringBuilder xml = new StringBuilder(Xml.DECLARATION)
                .append("<office:document-content")
                .append(Xml.NAMESPACES)
                .append(">")
                .append(OdfWriter.fontFaces())
                .append("<office:automatic-styles>")
                .append(cellStyles());
        List<Table> tables = document.tables();
        for (int t = 0; t < tables.size(); t++) {
            xml.append(tableStyles(t, tables.get(t)));
        }
        xml.append("</office:automatic-styles><office:body><office:text>").append(paragraph("Title", document.title()));
        int table = 0;
        for (Block block : document.blocks()) {
            if (block instanceof Block.Heading heading) {
                xml.append("<text:h text:style-name=\"Heading_20_")
                        .append(heading.level())
                        .append("\" text:outline-level=\"")
                        .append(heading.level())
                        .append("\">")
                        .append(Xml.paragraphText(heading.text()))
                        .append("</text:h>");
            } else if (block instanceof Block.Paragraph paragraph) {
                xml.append(paragraph("Text_20_body", paragraph.text()));
            } else if (block instanceof Block.Fields fields) {
                fields.fields().forEach(field -> xml.append(field(field)));
            } else if (block instanceof Table rows) {
                xml.append(table(table++, rows, locale));
            }
        }
        return xml.append("</office:text></office:body></office:document-content>")
                .toString();
    }

    private static String paragraph(String style, String text) {
        return "<text:p text:style-name=\"" + style + "\">" + Xml.paragraphText(text) + "</text:p>";
    }

    private static String field(Block.Field field) {
        return "<text:p text:style-name=\"Text_20_body\"><text:span text:style-name=\"Strong_20_Emphasis\">"
                + Xml.paragraphText(field.label()) + ":</text:span> " + Xml.paragraphText(field.value())
                + "</text:p>";
    }

    private static String cellStyles() {
        String border = "fo:border=\"0.5pt solid #000000\" fo:padding=\"0.1cm\"";
        return "<style:style style:name=\"TC\" style:family=\"table-cell\"><style:table-cell-properties " + border
                + "/></style:style>"
                + "<style:style style:name=\"TH\" style:family=\"table-cell\"><style:table-cell-properties " + border
                + " fo:background-color=\"#e6e6e6\"/></style:style>"
                + "<style:style style:name=\"TR\" style:family=\"table-row\"><style:table-row-properties"
                + " fo:keep-together=\"always\"/></style:style>"
                + "<style:style style:name=\"PN\" style:family=\"paragraph\" style:parent-style-name=\"Table_20_Contents\">"
                + "<style:paragraph-properties fo:text-align=\"end\"/></style:style>";
    }

    private static String tableStyles(int index, Table table) {
        StringBuilder xml = new StringBuilder("<style:style style:name=\"T")
                .append(index)
                .append("\" style:family=\"table\"><style:table-properties style:width=\"16cm\" table:align=\"margins\""
                        + " fo:margin-top=\"0.2cm\" fo:margin-bottom=\"0.3cm\"/></style:style>");
        int total = table.widths().stream().mapToInt(Integer::intValue).sum();
        for (int c = 0; c < table.columns(); c++) {
            int width = table.widths().get(c);
            xml.append("<style:style style:name=\"T")
                    .append(index)
                    .append('.')
                    .append(c)
                    .append("\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"")
                    .append(String.format(Locale.ROOT, "%.3fcm", 16.0 * width / total))
                    .append("\" style:rel-column-width=\"")
                    .append(width * 1000)
                    .append("*\"/></style:style>");
        }
        return xml.toString();
    }

    private static String table(int index, Table table, Locale locale) {
        StringBuilder xml = new StringBuilder("<table:table table:name=\"T")
                .append(index + 1)
                .append("\" table:style-name=\"T")
                .append(index)
                .append("\">");
        for (int c = 0; c < table.columns(); c++) {
            xml.append("<table:table-column table:style-name=\"T")
                    .append(index)
                    .append('.')
                    .append(c)
                    .append("\"/>");
        }
        if (!table.headerRows().isEmpty()) {
            xml.append("<table:table-header-rows>");
            for (List<String> header : table.headerRows()) {
                xml.append("<table:table-row table:style-name=\"TR\">");
                header.forEach(
                        label -> xml.append("<table:table-cell table:style-name=\"TH\" office:value-type=\"string\">")
                                .append(paragraph("Table_20_Heading", label))
                                .append("</table:table-cell>"));
                xml.append("</table:table-row>");
            }
            xml.append("</table:table-header-rows>");
        }
        for (List<Cell> row : table.rows()) {
            xml.append("<table:table-row table:style-name=\"TR\">");
            row.forEach(cell -> xml.append(cell(cell, locale)));
            xml.append("</table:table-row>");
        }
        return xml.append("</table:table>").toString();
    }

    private static String cell(Cell cell, Locale locale) {
        if (cell.isNumber()) {
            return "<table:table-cell table:style-name=\"TC\" office:value-type=\"float\" office:value=\""
                    + cell.number().toPlainString() + "\">" + paragraph("PN", cell.shown(locale))
                    + "</table:table-cell>";
        }
        return "<table:table-cell table:style-name=\"TC\" office:value-type=\"string\">"
                + paragraph("Table_20_Contents", cell.text()) + "</table:table-cell>";
    }

    static String styles(Document document) {
        Locale locale = document.language().locale();
        String pages = Xml.escape(PdfWriter.pageLabel(document.language()))
                .replace("{0}", "<text:page-number text:select-page=\"current\"/>")
                .replace("{1}", "<text:page-count/>");
        String footer = document.footer().isEmpty() ? "" : paragraph("Footer", document.footer());
        return Xml.DECLARATION
                + "<office:document-styles" + Xml.NAMESPACES + ">" + OdfWriter.fontFaces()
                + "<office:styles><style:default-style style:family=\"paragraph\"><style:text-properties style:font-name=\""
                + OdfWriter.FONT + "\" fo:font-size=\"11pt\" fo:language=\"" + locale.getLanguage()
                + "\" fo:country=\"" + (locale.getLanguage().equals("vi") ? "VN" : "GB") + "\"/></style:default-style>"
                + "<style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\"/>"
                + style("Text_20_body", "Text body", "fo:margin-bottom=\"0.2cm\"", "")
                + style(
                        "Title",
                        "Title",
                        "fo:text-align=\"center\" fo:margin-bottom=\"0.4cm\"",
                        "fo:font-size=\"15pt\" fo:font-weight=\"bold\"")
                + heading(1, "13pt") + heading(2, "12pt") + heading(3, "11pt")
                + style("Table_20_Contents", "Table Contents", "fo:margin-bottom=\"0cm\"", "fo:font-size=\"10pt\"")
                + style(
                        "Table_20_Heading",
                        "Table Heading",
                        "fo:text-align=\"center\" fo:margin-bottom=\"0cm\"",
                        "fo:font-size=\"10pt\" fo:font-weight=\"bold\"")
                + style("Footer", "Footer", "fo:text-align=\"center\"", "fo:font-size=\"9pt\"")
                + "<style:style style:name=\"Strong_20_Emphasis\" style:display-name=\"Strong Emphasis\""
                + " style:family=\"text\"><style:text-properties fo:font-weight=\"bold\"/></style:style>"
                + "</office:styles><office:automatic-styles><style:page-layout style:name=\"A4\">"
                + "<style:page-layout-properties fo:page-width=\"21cm\" fo:page-height=\"29.7cm\""
                + " style:print-orientation=\"portrait\" fo:margin-top=\"2cm\" fo:margin-bottom=\"1.5cm\""
                + " fo:margin-left=\"3cm\" fo:margin-right=\"2cm\"/><style:footer-style>"
                + "<style:header-footer-properties fo:min-height=\"0.6cm\" fo:margin-top=\"0.3cm\"/>"
                + "</style:footer-style></style:page-layout></office:automatic-styles><office:master-styles>"
                + "<style:master-page style:name=\"Standard\" style:page-layout-name=\"A4\"><style:footer>" + footer
                + "<text:p text:style-name=\"Footer\">" + pages + "</text:p></style:footer></style:master-page>"
                + "</office:master-styles></office:document-styles>";
    }

    private static String heading(int level, String size) {
        return "<style:style style:name=\"Heading_20_" + level + "\" style:display-name=\"Heading " + level
                + "\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:default-outline-level=\""
                + level + "\"><style:paragraph-properties fo:margin-top=\"0.35cm\" fo:margin-bottom=\"0.2cm\""
                + " fo:keep-with-next=\"always\"/><style:text-properties fo:font-size=\"" + size
                + "\" fo:font-weight=\"bold\"/></style:style>";
    }

    private static String style(String name, String displayName, String paragraph, String text) {
        return "<style:style style:name=\"" + name + "\" style:display-name=\"" + displayName
                + "\" style:family=\"paragraph\" style:parent-style-name=\"Standard\"><style:paragraph-properties "
                + paragraph + "/><style:text-properties " + text + "/></style:style>";
    }
}
