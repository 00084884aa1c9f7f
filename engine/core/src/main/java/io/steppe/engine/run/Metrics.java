package io.steppe.engine.run;

import io.steppe.engine.MetricInfo;
import io.steppe.engine.Names;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The day's metric values. Each metric's one writer puts it during the day through a sink; in the
 * {@link io.steppe.engine.Phase#METRICS} phase the engine snapshots the row and clears it, so a
 * value nobody measured on a day is empty (NaN) in that day's row. Observers such as policy
 * triggers read the last completed row through {@link #last}.
 */
public final class Metrics {
    private final List<MetricInfo> infos;
    private final Map<String, Integer> index = new HashMap<>();
    private final double[] today;
    private final double[] last;
    private final List<double[]> rows = new ArrayList<>();
    private boolean keepRows = true;

    /** Creates a board for the given columns, in order. */
    Metrics(List<MetricInfo> infos) {
        this.infos = List.copyOf(infos);
        for (MetricInfo info : this.infos) {
            if (index.putIfAbsent(info.name(), index.size()) != null) {
                throw new IllegalArgumentException("metric '" + info.name() + "' declared twice");
            }
        }
        today = new double[infos.size()];
        last = new double[infos.size()];
        Arrays.fill(today, Double.NaN);
        Arrays.fill(last, Double.NaN);
    }

    /** The columns, in order. */
    public List<MetricInfo> infos() {
        return infos;
    }

    /** Whether a metric of this name exists. */
    public boolean has(String name) {
        return index.containsKey(name);
    }

    /** The column index of a metric. */
    public int indexOf(String name) {
        Integer i = index.get(name);
        if (i == null) {
            throw new IllegalArgumentException("unknown metric '" + name + "'" + Names.suggest(name, index.keySet(), "metrics"));
        }
        return i;
    }

    /** Sets today's value of the metric at a column index. */
    void put(int column, double value) {
        today[column] = value;
    }

    /** Adds to today's value at a column index (an empty value counts as zero). */
    void add(int column, double value) {
        today[column] = Double.isNaN(today[column]) ? value : today[column] + value;
    }

    /** The value in the last completed day's row (NaN before the first day completes). */
    public double last(String name) {
        return last[indexOf(name)];
    }

    /** The value in the last completed day's row at a column index. */
    public double last(int column) {
        return last[column];
    }

    /** Whether completed rows are kept for output (a batch may stream them instead). */
    public void keepRows(boolean keep) {
        this.keepRows = keep;
    }

    /** Completed daily rows, in day order, each aligned with {@link #infos()}. */
    public List<double[]> rows() {
        return Collections.unmodifiableList(rows);
    }

    /** Closes the day: stores today's row, makes it the last row, and clears today. */
    void closeDay() {
        double[] row = today.clone();
        System.arraycopy(row, 0, last, 0, row.length);
        if (keepRows) {
            rows.add(row);
        }
        Arrays.fill(today, Double.NaN);
    }
}
