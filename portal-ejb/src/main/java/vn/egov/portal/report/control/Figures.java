package vn.egov.portal.report.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A report's figures, as stored and as every file shows them: sections (Q&A, e-services...) of rows,
 * each row named by its labels (agency, or procedure and agency) and holding one number per value
 * column. The activity reports hold aggregates only; the royalty statements ({@link RoyaltyFigures})
 * name authors with their pay, which is why their kind has readers of its own ({@link ReportReaders}).
 */
public record Figures(String period, List<Section> sections) {

    public Figures {
        Objects.requireNonNull(period, "period");
        sections = List.copyOf(sections);
    }

    public Section section(String key) {
        return sections.stream()
                .filter(section -> section.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No section " + key));
    }

    /** One table of the report: its key (bundle {@code report.section.<key>}) and column keys. */
    public record Section(String key, List<String> labelColumns, List<String> valueColumns, List<Row> rows) {

        public Section {
            labelColumns = List.copyOf(labelColumns);
            valueColumns = List.copyOf(valueColumns);
            rows = List.copyOf(rows);
            for (Row row : rows) {
                if (row.labels().size() != labelColumns.size() || row.values().size() != valueColumns.size()) {
                    throw new IllegalArgumentException("A row of " + key + " has the section's columns");
                }
            }
        }

        /** The row with these labels, e.g. {@code row("Sở Tư pháp")}. */
        public Row row(String... labels) {
            List<String> wanted = List.of(labels);
            return rows.stream()
                    .filter(row -> row.labels().equals(wanted))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No row " + wanted + " in " + key));
        }

        public BigDecimal value(String column, String... labels) {
            int index = valueColumns.indexOf(column);
            if (index < 0) {
                throw new IllegalArgumentException("No column " + column + " in " + key);
            }
            return row(labels).values().get(index);
        }
    }

    /** One line of a section. */
    public record Row(List<String> labels, List<BigDecimal> values) {

        public Row {
            labels = List.copyOf(labels);
            values = List.copyOf(values);
        }
    }
}
