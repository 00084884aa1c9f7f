package io.steppe.campaigns.batch;

import io.steppe.engine.run.RunWriter;
import io.steppe.engine.run.Seeds;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A batch's run plan, expanded before anything runs: points (one per sweep point, or a single
 * point without a sweep) × replicates. Run {@code id = point · replicates + replicate}; its seed
 * is {@link #seed(int, int)} of (base seed, point, replicate) and never depends on which worker,
 * thread, shard or machine runs it. {@code plan.csv} is the plan's text and its SHA-256 the plan's
 * identity, checked by {@code --resume} and {@code steppe merge}.
 *
 * @param paths the swept scenario paths (none without a sweep)
 * @param points each point's values as {@code --set} text, in {@code paths} order
 * @param replicates runs per point
 * @param baseSeed the base seed
 * @param commonSeeds every point uses the same seeds (common random numbers), so points differ
 *        only by their parameters
 */
public record RunPlan(List<String> paths, List<List<String>> points, int replicates, long baseSeed,
                      boolean commonSeeds) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Checks the shape and freezes the lists. */
    public RunPlan {
        paths = List.copyOf(paths);
        points = points.stream().map(List::copyOf).toList();
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a plan has at least one point");
        }
        if (replicates < 1) {
            throw new IllegalArgumentException("a plan has at least one replicate per point");
        }
        for (List<String> p : points) {
            if (p.size() != paths.size()) {
                throw new IllegalArgumentException("a point with " + p.size() + " values for " + paths.size() + " paths");
            }
        }
        if ((long) points.size() * replicates > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("more than " + Integer.MAX_VALUE + " runs");
        }
    }

    /** One planned run. */
    public record Run(int id, int point, int replicate, long seed) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The number of runs. */
    public int size() {
        return points.size() * replicates;
    }

    /** Run {@code id}. */
    public Run run(int id) {
        if (id < 0 || id >= size()) {
            throw new IndexOutOfBoundsException("run " + id + " of " + size());
        }
        int point = id / replicates;
        int replicate = id % replicates;
        return new Run(id, point, replicate, seed(point, replicate));
    }

    /** Every run, in id order. */
    public List<Run> runs() {
        List<Run> all = new ArrayList<>(size());
        for (int id = 0; id < size(); id++) {
            all.add(run(id));
        }
        return all;
    }

    /** The runs of shard {@code k} of {@code n} (1-based): ids ≡ k−1 (mod n). */
    public List<Run> shard(int k, int n) {
        List<Run> mine = new ArrayList<>();
        for (int id = k - 1; id < size(); id += n) {
            mine.add(run(id));
        }
        return mine;
    }

    /**
     * The seed of a run: {@link Seeds#of} of the base seed, the point (0 for every point with common
     * seeds) and the replicate, the scheme every command shares.
     */
    public long seed(int point, int replicate) {
        return Seeds.of(baseSeed, commonSeeds ? 0 : point, replicate);
    }

    /** The scenario overrides of a point: {@code path=value} for every swept path. */
    public List<String> sets(int point) {
        List<String> sets = new ArrayList<>(paths.size());
        for (int j = 0; j < paths.size(); j++) {
            sets.add(paths.get(j) + "=" + points.get(point).get(j));
        }
        return sets;
    }

    /** {@code plan.csv}: run, point, replicate, seed and the swept values, one row per run. */
    public String csv() {
        StringBuilder b = new StringBuilder();
        b.append("run,point,replicate,seed");
        paths.forEach(p -> b.append(',').append(Csv.field(p)));
        b.append('\n');
        for (int id = 0; id < size(); id++) {
            Run r = run(id);
            b.append(r.id()).append(',').append(r.point()).append(',').append(r.replicate()).append(',').append(r.seed());
            points.get(r.point()).forEach(v -> b.append(',').append(Csv.field(v)));
            b.append('\n');
        }
        return b.toString();
    }

    /** The plan's identity: SHA-256 of {@link #csv()}. */
    public String sha256() {
        return RunWriter.sha256(csv());
    }
}
