package vn.egov.portal.report.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds up one section of a report: the rows every agency gets whether it did anything or not (so
 * an agency with no activity shows zeros), the counts the aggregate queries return, and averages of
 * working days over the samples of each row (one decimal, half up; zero when a row has none).
 */
public final class SectionTally {

    private final String key;
    private final List<String> labelColumns;
    private final List<String> valueColumns;
    private final Map<List<String>, BigDecimal[]> rows = new LinkedHashMap<>();

    public SectionTally(String key, List<String> labelColumns, List<String> valueColumns) {
        this.key = key;
        this.labelColumns = List.copyOf(labelColumns);
        this.valueColumns = List.copyOf(valueColumns);
    }

    /** A count for one row and column, as a {@code GROUP BY} query returns it. */
    public record Count(List<String> labels, String column, long count) {}

    /** One measured span in working days (an answer's time, a deadline's delay) of a row. */
    public record Sample(List<String> labels, long workingDays) {}

    /** A row shown even when nothing is counted in it. */
    public SectionTally row(List<String> labels) {
        line(labels);
        return this;
    }

    public SectionTally rows(List<List<String>> labels) {
        labels.forEach(this::row);
        return this;
    }

    public SectionTally add(Count count) {
        BigDecimal[] line = line(count.labels());
        int column = column(count.column());
        line[column] = line[column].add(BigDecimal.valueOf(count.count()));
        return this;
    }

    public SectionTally addAll(List<Count> counts) {
        counts.forEach(this::add);
        return this;
    }

    /** Sets {@code column} of each row to the mean of its samples, rows without samples to 0. */
    public SectionTally average(String column, List<Sample> samples) {
        int index = column(column);
        Map<List<String>, long[]> sums = new LinkedHashMap<>();
        for (Sample sample : samples) {
            line(sample.labels());
            long[] sum = sums.computeIfAbsent(sample.labels(), labels -> new long[2]);
            sum[0] += sample.workingDays();
            sum[1]++;
        }
        rows.forEach((labels, line) -> {
            long[] sum = sums.get(labels);
            line[index] = sum == null
                    ? BigDecimal.ZERO.setScale(1)
                    : BigDecimal.valueOf(sum[0]).divide(BigDecimal.valueOf(sum[1]), 1, RoundingMode.HALF_UP);
        });
        return this;
    }

    public Figures.Section section() {
        List<Figures.Row> lines = new ArrayList<>();
        rows.forEach((labels, values) -> lines.add(new Figures.Row(labels, List.of(values))));
        return new Figures.Section(key, labelColumns, valueColumns, lines);
    }

    private BigDecimal[] line(List<String> labels) {
        if (labels.size() != labelColumns.size()) {
            throw new IllegalArgumentException(key + " rows are named by " + labelColumns);
        }
        return rows.computeIfAbsent(List.copyOf(labels), absent -> {
            BigDecimal[] zeros = new BigDecimal[valueColumns.size()];
            java.util.Arrays.fill(zeros, BigDecimal.ZERO);
            return zeros;
        });
    }

    private int column(String column) {
        int index = valueColumns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("No column " + column + " in " + key);
        }
        return index;
    }
}
