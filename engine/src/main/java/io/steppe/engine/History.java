package io.steppe.engine;

import ec.util.MersenneTwisterFast;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The run's memory of completed days, shared by everything that observes the world (the policy
 * runner and the government): a ring of the last {@link #memoryDays()} metric rows and, for every
 * event type, the days it happened and whether it is ongoing. It syncs lazily: the first read on a
 * day stores the row of the day before, so every reader on a day sees the same completed days.
 */
public final class History implements WorldView {
    /** Days remembered unless a reader asks for more. */
    public static final int DEFAULT_MEMORY_DAYS = 400;

    private final SteppeWorld world;
    private double[][] rows;
    private int size;
    private int next;
    private int syncedDay = -1;
    private boolean started;
    private final Map<String, List<Integer>> eventDays = new HashMap<>();
    private final Map<String, Boolean> eventOngoing = new HashMap<>();

    private History(SteppeWorld world) {
        this.world = world;
        this.rows = new double[DEFAULT_MEMORY_DAYS][];
        world.events().subscribe(this::remember);
    }

    /** The run's history, created on first use. */
    public static History of(SteppeWorld world) {
        return world.shared(History.class, () -> new History(world));
    }

    /** Makes sure at least this many days are remembered; call before the run starts. */
    public History ensureMemory(int days) {
        if (started) {
            throw new IllegalStateException("memory must be set before the first day is observed");
        }
        if (days > rows.length) {
            rows = new double[days][];
        }
        return this;
    }

    /** Days of metrics remembered. */
    public int memoryDays() {
        return rows.length;
    }

    private void remember(Event e) {
        int day = (int) (e.date().toEpochDay() - world.scenario().start().toEpochDay());
        eventDays.computeIfAbsent(e.type(), k -> new ArrayList<>()).add(day);
        Object state = e.details().get("state");
        if ("start".equals(state)) {
            eventOngoing.put(e.type(), true);
        } else if ("end".equals(state)) {
            eventOngoing.put(e.type(), false);
        }
    }

    /** Stores the last completed day's row if not yet stored; the engine calls it first thing every day. */
    public void sync() {
        started = true;
        int completed = world.day() - 1;
        if (completed <= syncedDay || completed < 0) {
            return;
        }
        Metrics metrics = world.metrics();
        double[] row = new double[metrics.infos().size()];
        for (int i = 0; i < row.length; i++) {
            row[i] = metrics.last(i);
        }
        rows[next] = row;
        next = (next + 1) % rows.length;
        size = Math.min(size + 1, rows.length);
        syncedDay = completed;
    }

    @Override
    public LocalDate date() {
        return world.date();
    }

    @Override
    public double metric(String name) {
        return world.metrics().has(name) ? world.metrics().last(name) : Double.NaN;
    }

    private interface Fold {
        double apply(double acc, double value);
    }

    private double fold(String metric, int days, double start, Fold fold, boolean skipNaN) {
        if (!world.metrics().has(metric)) {
            return Double.NaN;
        }
        sync();
        int col = world.metrics().indexOf(metric);
        double acc = start;
        boolean any = false;
        for (int k = 1; k <= Math.min(days, size); k++) {
            double v = rows[(next - k + rows.length) % rows.length][col];
            if (Double.isNaN(v)) {
                if (skipNaN) {
                    continue;
                }
                v = 0;
            }
            acc = fold.apply(acc, v);
            any = true;
        }
        return any ? acc : Double.NaN;
    }

    @Override
    public double sumLast(String metric, int days) {
        double s = fold(metric, days, 0, Double::sum, false);
        return Double.isNaN(s) ? 0 : s;
    }

    @Override
    public double maxLast(String metric, int days) {
        return fold(metric, days, Double.NEGATIVE_INFINITY, Math::max, true);
    }

    @Override
    public double minLast(String metric, int days) {
        return fold(metric, days, Double.POSITIVE_INFINITY, Math::min, true);
    }

    @Override
    public int daysSince(String eventType) {
        List<Integer> days = eventDays.get(eventType);
        return days == null || days.isEmpty() ? -1 : world.day() - days.get(days.size() - 1);
    }

    @Override
    public int countLast(String eventType, int days) {
        List<Integer> list = eventDays.get(eventType);
        if (list == null) {
            return 0;
        }
        int count = 0;
        for (int i = list.size() - 1; i >= 0 && list.get(i) > world.day() - days; i--) {
            count++;
        }
        return count;
    }

    @Override
    public boolean ongoing(String eventType) {
        return eventOngoing.getOrDefault(eventType, false);
    }

    @Override
    public MersenneTwisterFast random() {
        return world.random;
    }
}
