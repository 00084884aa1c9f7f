package io.steppe.engine.run;

import ec.util.MersenneTwisterFast;
import io.steppe.engine.Event;
import io.steppe.engine.WorldView;
import io.steppe.engine.plugin.PluginException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The run's memory of completed days, shared by everything that observes the world (policies,
 * triggers, the government's doctrine, agents that read metrics): a ring of the last
 * {@link #memoryDays()} metric rows and, for every event type, the days it happened and whether it
 * is ongoing. It syncs lazily: the first read on a day stores the row of the day before, so every
 * reader on a day sees the same completed days. Readers get {@link #view}s that answer only the
 * names they declared.
 */
final class History {
    /** Days remembered unless a reader asks for more. */
    static final int DEFAULT_MEMORY_DAYS = 400;

    private final SteppeWorld world;
    private double[][] rows;
    private int size;
    private int next;
    private int syncedDay = -1;
    private boolean started;
    private final Map<String, List<Integer>> eventDays = new HashMap<>();
    private final Map<String, Boolean> eventOngoing = new HashMap<>();

    History(SteppeWorld world) {
        this.world = world;
        this.rows = new double[DEFAULT_MEMORY_DAYS][];
        world.events().subscribe(this::remember);
    }

    /** Makes sure at least this many days are remembered; call before the run starts. */
    void ensureMemory(int days) {
        if (started) {
            throw new IllegalStateException("memory must be set before the first day is observed");
        }
        if (days > rows.length) {
            rows = new double[days][];
        }
    }

    /** Days of metrics remembered. */
    int memoryDays() {
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
    void sync() {
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

    /**
     * What a reader sees: the names it declared, and its own random stream (created on first use).
     *
     * @param reader who reads, for messages ({@code policies[2]:scarcityPricing})
     */
    WorldView view(String reader, Collection<String> metrics, Collection<String> events, Supplier<MersenneTwisterFast> random) {
        return new View(reader, Set.copyOf(metrics), Set.copyOf(events), random);
    }

    private double fold(int col, int days, double start, Fold fold, boolean skipNaN) {
        sync();
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

    private interface Fold {
        double apply(double acc, double value);
    }

    private final class View implements WorldView {
        private final String reader;
        private final Set<String> metrics;
        private final Set<String> events;
        private final Supplier<MersenneTwisterFast> randomSource;
        private MersenneTwisterFast random;

        View(String reader, Set<String> metrics, Set<String> events, Supplier<MersenneTwisterFast> random) {
            this.reader = reader;
            this.metrics = metrics;
            this.events = events;
            this.randomSource = random;
        }

        private static String listed(Set<String> names) {
            return names.isEmpty() ? "none" : String.join(", ", new TreeSet<>(names));
        }

        private int column(String metric) {
            if (!metrics.contains(metric)) {
                throw new PluginException(reader + " read metric '" + metric + "', which it does not declare (a policy or doctrine"
                        + " in reads(), a population with readsMetrics); declared: " + listed(metrics));
            }
            return world.metrics().indexOf(metric);
        }

        private List<Integer> days(String type) {
            if (!events.contains(type)) {
                throw new PluginException(reader + " read event type '" + type + "', which it does not declare (a policy or"
                        + " doctrine in readsEvents(), a population with readsEvents); declared: " + listed(events));
            }
            return eventDays.get(type);
        }

        @Override
        public LocalDate date() {
            return world.date();
        }

        @Override
        public double metric(String name) {
            return world.metrics().last(column(name));
        }

        @Override
        public double sumLast(String metric, int days) {
            double s = fold(column(metric), days, 0, Double::sum, false);
            return Double.isNaN(s) ? 0 : s;
        }

        @Override
        public double maxLast(String metric, int days) {
            return fold(column(metric), days, Double.NEGATIVE_INFINITY, Math::max, true);
        }

        @Override
        public double minLast(String metric, int days) {
            return fold(column(metric), days, Double.POSITIVE_INFINITY, Math::min, true);
        }

        @Override
        public int daysSince(String eventType) {
            List<Integer> list = days(eventType);
            return list == null || list.isEmpty() ? -1 : world.day() - list.get(list.size() - 1);
        }

        @Override
        public int countLast(String eventType, int days) {
            List<Integer> list = days(eventType);
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
            days(eventType);
            return eventOngoing.getOrDefault(eventType, false);
        }

        @Override
        public MersenneTwisterFast random() {
            if (random == null) {
                random = randomSource.get();
            }
            return random;
        }
    }
}
