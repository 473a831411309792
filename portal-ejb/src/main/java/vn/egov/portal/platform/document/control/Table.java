package vn.egov.portal.platform.document.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table: relative column widths, header rows (repeated on every page a long table runs over) and
 * body rows of {@link Cell}s. Every row has one cell per column.
 */
public record Table(List<Integer> widths, List<List<String>> headerRows, List<List<Cell>> rows) implements Block {

    public Table {
        widths = List.copyOf(widths);
        if (widths.isEmpty() || widths.stream().anyMatch(width -> width <= 0)) {
            throw new IllegalArgumentException("A table needs positive column widths: " + widths);
        }
        int columns = widths.size();
        headerRows = headerRows.stream()
                .map(row -> row.stream().map(Block::plain).toList())
                .toList();
        rows = rows.stream().map(List::copyOf).toList();
        if (headerRows.stream().anyMatch(row -> row.size() != columns)
                || rows.stream().anyMatch(row -> row.size() != columns)) {
            throw new IllegalArgumentException("Every row of this table has " + columns + " cells");
        }
    }

    public int columns() {
        return widths.size();
    }

    /** {@code Table.widths(1, 5, 2).header("STT", "Thủ tục", "Số hồ sơ").row(...).build()} */
    public static Builder widths(int... widths) {
        return new Builder(Arrays.stream(widths).boxed().toList());
    }

    /** Builds a table row by row. */
    public static final class Builder {
        private final List<Integer> widths;
        private final List<List<String>> headerRows = new ArrayList<>();
        private final List<List<Cell>> rows = new ArrayList<>();

        private Builder(List<Integer> widths) {
            this.widths = widths;
        }

        public Builder header(String... labels) {
            headerRows.add(Arrays.asList(labels));
            return this;
        }

        public Builder row(Cell... cells) {
            rows.add(Arrays.asList(cells));
            return this;
        }

        /** A row of text cells. */
        public Builder row(String... texts) {
            rows.add(Arrays.stream(texts).map(Cell::text).toList());
            return this;
        }

        public Builder row(List<Cell> cells) {
            rows.add(cells);
            return this;
        }

        public Table build() {
            return new Table(widths, headerRows, rows);
        }
    }
}
