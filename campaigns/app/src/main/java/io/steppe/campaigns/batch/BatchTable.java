package io.steppe.campaigns.batch;

import io.steppe.engine.run.Numbers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The table of runs, as {@code runs.csv} and {@code runs.parquet} have it: run, point,
 * replicate, seed, the swept values, every KPI (columns in the order the first run that has
 * them set them) and {@code events.<type>}, the count of each event type (sorted by type).
 *
 * @param plan the plan
 * @param records the finished runs, in run id order
 * @param kpis the KPI columns
 * @param dateKpis the KPI columns that hold dates
 * @param events the event types
 */
public record BatchTable(RunPlan plan, List<RunRecord> records, List<String> kpis, Set<String> dateKpis,
                         List<String> events) {

    /** The table of the records. */
    public static BatchTable of(RunPlan plan, Collection<RunRecord> records) {
        Set<String> kpis = new LinkedHashSet<>();
        Set<String> dates = new TreeSet<>();
        Set<String> events = new TreeSet<>();
        for (RunRecord r : records) {
            for (Map.Entry<String, Object> kpi : r.kpis().entrySet()) {
                kpis.add(kpi.getKey());
                if (kpi.getValue() instanceof LocalDate) {
                    dates.add(kpi.getKey());
                }
            }
            events.addAll(r.events().keySet());
        }
        return new BatchTable(plan, List.copyOf(records), List.copyOf(kpis), Set.copyOf(dates), List.copyOf(events));
    }

    /** The column names. */
    public List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("run", "point", "replicate", "seed"));
        columns.addAll(plan.paths());
        columns.addAll(kpis);
        events.forEach(e -> columns.add("events." + e));
        return columns;
    }

    /** A KPI's value in every run (a date as its epoch day; NaN where the run has none), in run order. */
    public double[] values(String kpi) {
        double[] v = new double[records.size()];
        for (int i = 0; i < v.length; i++) {
            Object x = records.get(i).kpis().get(kpi);
            v[i] = x instanceof Double d ? d : x instanceof LocalDate date ? date.toEpochDay() : Double.NaN;
        }
        return v;
    }

    /** {@code runs.csv}. */
    public String csv() {
        StringBuilder b = new StringBuilder();
        List<String> columns = columns();
        for (int i = 0; i < columns.size(); i++) {
            b.append(i == 0 ? "" : ",").append(Csv.field(columns.get(i)));
        }
        b.append('\n');
        for (RunRecord r : records) {
            b.append(r.run().id()).append(',').append(r.run().point()).append(',').append(r.run().replicate())
                    .append(',').append(r.run().seed());
            for (String v : plan.points().get(r.run().point())) {
                b.append(',').append(Csv.field(v));
            }
            for (String kpi : kpis) {
                b.append(',').append(text(r.kpis().get(kpi)));
            }
            for (String e : events) {
                b.append(',').append(r.events().getOrDefault(e, 0));
            }
            b.append('\n');
        }
        return b.toString();
    }

    static String text(Object value) {
        if (value instanceof Double d) {
            return Numbers.format(d);
        }
        return value == null ? "" : value.toString();
    }
}
