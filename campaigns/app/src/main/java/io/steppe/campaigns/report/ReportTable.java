package io.steppe.campaigns.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A table of text cells under a header row; a row may be marked good or bad (e.g. a fact's verdict). */
public final class ReportTable {
    /** How a row is marked. */
    public enum Tone {
        /** Not marked. */
        PLAIN,
        /** Marked as good (e.g. a fact that passes). */
        GOOD,
        /** Marked as bad (e.g. a fact that fails). */
        BAD
    }

    /** One row. */
    record Row(Tone tone, List<String> cells) {
    }

    private final List<String> columns;
    private final List<Row> rows = new ArrayList<>();

    private ReportTable(List<String> columns) {
        this.columns = columns;
    }

    /** An empty table with these column headers. */
    public static ReportTable of(String... columns) {
        if (columns.length == 0) {
            throw new IllegalArgumentException("a table needs a column");
        }
        return new ReportTable(List.of(columns));
    }

    /** A two-column table of a map's entries in its order, each value as {@code format} writes it. */
    public static <V> ReportTable of(String keyColumn, String valueColumn, Map<String, V> entries, Function<? super V, String> format) {
        ReportTable table = of(keyColumn, valueColumn);
        entries.forEach((key, value) -> table.row(key, format.apply(value)));
        return table;
    }

    /** Adds an unmarked row. */
    public ReportTable row(String... cells) {
        return row(Tone.PLAIN, cells);
    }

    /** Adds a row, marked; a null cell is written empty. */
    public ReportTable row(Tone tone, String... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("row of " + cells.length + " cells for " + columns.size() + " columns: " + Arrays.toString(cells));
        }
        rows.add(new Row(tone, Arrays.stream(cells).map(c -> c == null ? "" : c).toList()));
        return this;
    }

    /** The column headers. */
    public List<String> columns() {
        return columns;
    }

    /** The rows, in order. */
    List<Row> rows() {
        return List.copyOf(rows);
    }
}
