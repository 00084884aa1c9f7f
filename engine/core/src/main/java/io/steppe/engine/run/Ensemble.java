package io.steppe.engine.run;

import io.steppe.engine.market.MarketData;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.scenario.LoadedScenario;
import io.steppe.engine.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Runs many scenarios on a thread pool and measures each world as soon as it finishes, then drops
 * it, so memory does not grow with the ensemble. Results come back in the order the scenarios were
 * given whatever the number of threads; each run depends only on its scenario (seed included), so
 * the results do not depend on the threads either.
 */
public final class Ensemble {
    private Ensemble() {
    }

    /**
     * The scenario on the seeds of replicates {@code 0 .. runs-1} derived from its seed
     * ({@link Seeds}).
     */
    public static List<Scenario> seeds(Scenario base, int runs) {
        List<Scenario> scenarios = new ArrayList<>(runs);
        for (long seed : Seeds.replicates(base.seed(), runs)) {
            scenarios.add(base.withSeed(seed));
        }
        return scenarios;
    }

    /**
     * Runs the loaded scenario on the seeds derived from {@code baseSeed} (whatever seed its file
     * names, so different scenarios can meet the same seeds) on its own market data;
     * {@code measure} of each run, in replicate order.
     */
    public static <T> List<T> run(LoadedScenario loaded, PluginRegistry registry, long baseSeed, int runs, int threads,
                                  Function<SteppeWorld, T> measure, IntConsumer progress) {
        Scenario base = loaded.scenario();
        MarketData market = MarketData.load(base.data(), base.start(), base.end(), loaded.baseDir());
        return run(seeds(base.withSeed(baseSeed), runs), market, registry, threads, measure, progress);
    }

    /**
     * Runs every scenario on {@code market} and returns {@code measure} of each finished world, in
     * the scenarios' order; {@code progress} gets the number of results collected so far, in order.
     *
     * @throws IllegalStateException when a run fails or the thread is interrupted
     */
    public static <T> List<T> run(List<Scenario> scenarios, MarketData market, PluginRegistry registry, int threads,
                                  Function<SteppeWorld, T> measure, IntConsumer progress) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<T>> futures = new ArrayList<>(scenarios.size());
            for (Scenario s : scenarios) {
                futures.add(pool.submit(() -> measure.apply(Simulation.run(Simulation.create(s, market, registry)))));
            }
            List<T> results = new ArrayList<>(scenarios.size());
            for (int i = 0; i < futures.size(); i++) {
                try {
                    results.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    Scenario s = scenarios.get(i);
                    throw new IllegalStateException("run " + (i + 1) + " of " + s.name() + " (seed " + s.seed() + ") failed: "
                            + e.getCause().getMessage(), e.getCause());
                }
                progress.accept(results.size());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ensemble interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The q-quantile (0..1) of the values that exist (not NaN), interpolating linearly between
     * order statistics; NaN when none exists.
     */
    public static double quantile(double[] values, double q) {
        return quantileOfSorted(java.util.Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray(), q);
    }

    /** The q-quantile (0..1) of values already sorted ascending, linear between neighbours; NaN if empty. */
    public static double quantileOfSorted(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }
}
