package vn.egov.portal.platform.document.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV for spreadsheets (RFC 4180): UTF-8 with a byte-order mark, without which spreadsheet programs
 * read Vietnamese as Latin-1; CRLF line ends; a field quoted when it holds a comma, quote or line
 * break. A text cell that a spreadsheet would take for a formula (= + - @, a tab or a carriage return
 * first) gets a leading apostrophe, so an applicant's name cannot run code on an official's machine;
 * numbers are written plain ("-1250000.5"), never defused. The CSV holds the document's tables, in
 * order, and its labelled values as two-column rows, separated by an empty line; headings and prose
 * are for the page formats.
 */
public final class CsvWriter {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvWriter() {}

    public static void write(Document document, OutputStream out) throws IOException {
        Writer csv = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        csv.write('\uFEFF');
        boolean first = true;
        for (List<List<Cell>> part : parts(document)) {
            if (!first) {
                csv.write("\r\n");
            }
            first = false;
            for (List<Cell> row : part) {
                csv.write(line(row));
            }
        }
        csv.flush();
    }

    /** One record with its CRLF. */
    public static String line(List<Cell> row) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            Cell cell = row.get(i);
            line.append(cell.isNumber() ? cell.text() : field(cell.text()));
        }
        return line.append("\r\n").toString();
    }

    /** A text field, defused and quoted as needed. */
    public static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quoted = text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return quoted ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static List<List<List<Cell>>> parts(Document document) {
        List<List<List<Cell>>> parts = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (block instanceof Table table) {
                List<List<Cell>> rows = new ArrayList<>();
                table.headerRows()
                        .forEach(header ->
                                rows.add(header.stream().map(Cell::text).toList()));
                rows.addAll(table.rows());
                parts.add(rows);
            } else if (block instanceof Block.Fields fields) {
                parts.add(fields.fields().stream()
                        .map(field -> List.of(Cell.text(field.label()), Cell.text(field.value())))
                        .toList());
            }
        }
        return parts;
    }
}
