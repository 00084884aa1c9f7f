package io.steppe.campaigns.batch;

import io.steppe.engine.Event;
import io.steppe.engine.run.SteppeWorld;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a batch keeps of one run: its place in the plan, its KPIs (an object KPI such as MW by
 * destination flattened to {@code name.key}; a date KPI as a date, null when it never happened)
 * and how often each event type happened. A few hundred bytes, whatever the run's length.
 *
 * @param run the planned run
 * @param kpis KPI values (Double or LocalDate, or null), in the order the run set them
 * @param events count of each event type that happened, by type
 */
public record RunRecord(RunPlan.Run run, Map<String, Object> kpis, Map<String, Integer> events) {
    /** Freezes the maps. */
    public RunRecord {
        kpis = Collections.unmodifiableMap(new LinkedHashMap<>(kpis));
        events = Collections.unmodifiableMap(new TreeMap<>(events));
    }

    /** The record of a finished world. */
    public static RunRecord of(RunPlan.Run run, SteppeWorld world) {
        Map<String, Object> kpis = new LinkedHashMap<>();
        for (Map.Entry<String, Object> kpi : world.kpis().all().entrySet()) {
            Object v = kpi.getValue();
            if (v instanceof Map<?, ?> map) {
                new TreeMap<>(map).forEach((k, x) -> kpis.put(kpi.getKey() + "." + k, ((Number) x).doubleValue()));
            } else if (v instanceof Number n) {
                kpis.put(kpi.getKey(), n.doubleValue());
            } else if (v == null || v instanceof LocalDate) {
                kpis.put(kpi.getKey(), v);
            } else {
                throw new IllegalStateException("KPI " + kpi.getKey() + " is neither a number, a date nor numbers by name: " + v);
            }
        }
        Map<String, Integer> events = new TreeMap<>();
        for (Event e : world.events().all()) {
            events.merge(e.type(), 1, Integer::sum);
        }
        return new RunRecord(run, kpis, events);
    }

    void write(DataOutput out) throws IOException {
        out.writeInt(run.id());
        out.writeInt(run.point());
        out.writeInt(run.replicate());
        out.writeLong(run.seed());
        out.writeInt(kpis.size());
        for (Map.Entry<String, Object> kpi : kpis.entrySet()) {
            out.writeUTF(kpi.getKey());
            Object v = kpi.getValue();
            if (v instanceof Double d) {
                out.writeByte('d');
                out.writeDouble(d);
            } else if (v instanceof LocalDate date) {
                out.writeByte('t');
                out.writeLong(date.toEpochDay());
            } else {
                out.writeByte('n');
            }
        }
        out.writeInt(events.size());
        for (Map.Entry<String, Integer> e : events.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue());
        }
    }

    static RunRecord read(DataInput in) throws IOException {
        RunPlan.Run run = new RunPlan.Run(in.readInt(), in.readInt(), in.readInt(), in.readLong());
        int n = in.readInt();
        Map<String, Object> kpis = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String name = in.readUTF();
            byte kind = in.readByte();
            kpis.put(name, switch (kind) {
                case 'd' -> in.readDouble();
                case 't' -> LocalDate.ofEpochDay(in.readLong());
                case 'n' -> null;
                default -> throw new IOException("corrupt batch state: value kind " + kind);
            });
        }
        int m = in.readInt();
        Map<String, Integer> events = new TreeMap<>();
        for (int i = 0; i < m; i++) {
            events.put(in.readUTF(), in.readInt());
        }
        return new RunRecord(run, kpis, events);
    }
}
