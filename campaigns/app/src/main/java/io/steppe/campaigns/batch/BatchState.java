package io.steppe.campaigns.batch;

import io.steppe.engine.run.AtomicFiles;
import io.steppe.engine.run.SteppeWorld;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Everything a batch has accumulated from the runs it has finished: each run's {@link RunRecord}
 * and, per sweep point, the {@link Bands} of the band metrics. Memory is the records (hundreds of
 * bytes a run) plus the bands (independent of the number of runs); no run's daily series is kept.
 *
 * <p>Adding runs in any order and merging the states of any split of the plan (threads, shards,
 * Spark tasks) gives the same state, and every output is a function of the state alone, so the
 * outputs do not depend on how the plan was executed. The state is written to and read from a
 * binary file ({@code .batch/state.bin}) for {@code --resume} and {@code steppe merge}.
 */
public final class BatchState {
    private static final int MAGIC = 0x53545042;
    private static final int VERSION = 1;

    private final String planSha256;
    private final List<String> metrics;
    private final List<String> bandMetrics;
    private final int days;
    private final int[] columns;
    private final NavigableMap<Integer, Bands> bands = new TreeMap<>();
    private final NavigableMap<Integer, RunRecord> records = new TreeMap<>();

    /**
     * An empty state.
     *
     * @param planSha256 the plan's identity
     * @param metrics every metric of a run, in the column order of its rows
     * @param bandMetrics the metrics whose daily bands are kept
     * @param days the number of days of a run
     */
    public BatchState(String planSha256, List<String> metrics, List<String> bandMetrics, int days) {
        this.planSha256 = planSha256;
        this.metrics = List.copyOf(metrics);
        this.bandMetrics = List.copyOf(bandMetrics);
        this.days = days;
        this.columns = new int[bandMetrics.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = metrics.indexOf(bandMetrics.get(i));
            if (columns[i] < 0) {
                throw new IllegalArgumentException("unknown band metric '" + bandMetrics.get(i) + "'; metrics: " + String.join(", ", metrics));
            }
        }
    }

    /** The identity of the plan this state belongs to. */
    public String planSha256() {
        return planSha256;
    }

    /** Every metric of a run. */
    public List<String> metrics() {
        return metrics;
    }

    /** The metrics whose bands are kept. */
    public List<String> bandMetrics() {
        return bandMetrics;
    }

    /** The number of days of a run. */
    public int days() {
        return days;
    }

    /** Adds a finished run. */
    public void add(RunPlan.Run run, SteppeWorld world) {
        RunRecord record = RunRecord.of(run, world);
        List<double[]> rows = world.metrics().rows();
        List<double[]> projected = new ArrayList<>(rows.size());
        for (double[] row : rows) {
            double[] p = new double[columns.length];
            for (int i = 0; i < columns.length; i++) {
                p[i] = row[columns[i]];
            }
            projected.add(p);
        }
        synchronized (this) {
            if (records.containsKey(run.id())) {
                throw new IllegalStateException("run " + run.id() + " added twice");
            }
            bands.computeIfAbsent(run.point(), p -> new Bands(bandMetrics, days)).add(projected);
            records.put(run.id(), record);
        }
    }

    /** Adds everything another state of the same plan holds; the two must share no run. */
    public synchronized void merge(BatchState other) {
        if (!other.planSha256.equals(planSha256) || !other.bandMetrics.equals(bandMetrics) || other.days != days) {
            throw new IllegalArgumentException("batch states of different plans cannot be merged");
        }
        synchronized (other) {
            for (Integer id : other.records.keySet()) {
                if (records.containsKey(id)) {
                    throw new IllegalArgumentException("run " + id + " is in both states");
                }
            }
            records.putAll(other.records);
            other.bands.forEach((point, b) -> bands.computeIfAbsent(point, p -> new Bands(bandMetrics, days)).merge(b));
        }
    }

    /** The finished runs' records, by run id. */
    public synchronized NavigableMap<Integer, RunRecord> records() {
        return Collections.unmodifiableNavigableMap(new TreeMap<>(records));
    }

    /** The bands of each point that has finished runs. */
    public synchronized NavigableMap<Integer, Bands> bands() {
        return Collections.unmodifiableNavigableMap(new TreeMap<>(bands));
    }

    /** Whether run {@code id} has finished. */
    public synchronized boolean has(int id) {
        return records.containsKey(id);
    }

    /** The number of finished runs. */
    public synchronized int size() {
        return records.size();
    }

    /** Writes the state to {@code file} through a temporary sibling, so the file is whole or absent. */
    public synchronized void write(Path file) throws IOException {
        AtomicFiles.write(file, this::write);
    }

    /** Writes the state to a stream (not closed). */
    public synchronized void write(OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeUTF(planSha256);
        writeList(out, metrics);
        writeList(out, bandMetrics);
        out.writeInt(days);
        out.writeInt(bands.size());
        for (Map.Entry<Integer, Bands> b : bands.entrySet()) {
            out.writeInt(b.getKey());
            b.getValue().write(out);
        }
        out.writeInt(records.size());
        for (RunRecord r : records.values()) {
            r.write(out);
        }
        out.flush();
    }

    /** Reads a state file written by {@link #write(Path)}. */
    public static BatchState read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /** Reads a state from a stream; {@code name} names it in errors. */
    public static BatchState read(InputStream stream, String name) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16));
        if (in.readInt() != MAGIC) {
            throw new IOException(name + " is not a Steppe batch state");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException(name + " is batch state version " + version + "; this Steppe reads version " + VERSION);
        }
        String plan = in.readUTF();
        List<String> metrics = readList(in);
        List<String> bandMetrics = readList(in);
        BatchState state = new BatchState(plan, metrics, bandMetrics, in.readInt());
        int points = in.readInt();
        for (int i = 0; i < points; i++) {
            int point = in.readInt();
            state.bands.put(point, Bands.read(in));
        }
        int runs = in.readInt();
        for (int i = 0; i < runs; i++) {
            RunRecord r = RunRecord.read(in);
            state.records.put(r.run().id(), r);
        }
        return state;
    }

    private static void writeList(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            out.writeUTF(s);
        }
    }

    private static List<String> readList(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(in.readUTF());
        }
        return list;
    }
}
