package vn.egov.portal.eservice.control;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records: comma-separated, a quoted cell may hold commas, doubled quotes and line breaks
 * (a list cell is one item a line), each record with the line it starts on for the import's report.
 */
final class CsvRecords {

    record Record(int line, List<String> cells) {}

    /** A quote left open, or text after a closing quote: the line where the bad cell starts. */
    static final class BadCsv extends Exception {

        private static final long serialVersionUID = 1L;
        private final int line;

        BadCsv(int line) {
            super("Bad CSV at line " + line);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private CsvRecords() {}

    static List<Record> read(String text) throws BadCsv {
        List<Record> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int cellLine = 1;
        boolean quoted = false;
        boolean afterQuote = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    if (c != '\r') {
                        cell.append(c);
                    }
                }
            } else if (c == '"' && cell.isEmpty() && !afterQuote) {
                quoted = true;
                cellLine = line;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                afterQuote = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                records.add(new Record(recordLine, List.copyOf(cells)));
                cells.clear();
                cell.setLength(0);
                afterQuote = false;
                line++;
                recordLine = line;
            } else if (afterQuote) {
                throw new BadCsv(line);
            } else {
                cell.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new BadCsv(cellLine);
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            records.add(new Record(recordLine, List.copyOf(cells)));
        }
        return records;
    }
}
