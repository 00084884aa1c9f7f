package io.steppe.campaigns.compare;

import io.steppe.engine.SteppeWorld;
import io.steppe.engine.market.MarketData;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.run.Simulation;
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
 * Runs a scenario on seeds {@code firstSeed .. firstSeed + runs - 1} (whatever seed its file
 * names, so different campaigns meet the same seeds) and measures each run as soon as it ends, so
 * memory does not grow with the ensemble. Results are in seed order whatever the threads.
 */
public final class Ensemble {
    private Ensemble() {
    }

    /** What {@code measure} returns for each seed, in seed order; {@code progress} gets the count of runs done. */
    public static <R> List<R> run(LoadedScenario loaded, PluginRegistry registry, long firstSeed, int runs, int threads,
                                  Function<SteppeWorld, R> measure, IntConsumer progress) {
        Scenario base = loaded.scenario();
        MarketData market = MarketData.load(base.data(), base.start(), base.end(), loaded.baseDir());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                Scenario s = base.withSeed(firstSeed + r, base.replicate());
                futures.add(pool.submit(() -> measure.apply(Simulation.run(Simulation.create(s, market, registry)))));
            }
            List<R> out = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                out.add(futures.get(r).get());
                progress.accept(r + 1);
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ensemble interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a run of " + base.name() + " failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
