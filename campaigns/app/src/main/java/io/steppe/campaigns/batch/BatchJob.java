package io.steppe.campaigns.batch;

import io.steppe.campaigns.Campaigns;
import io.steppe.engine.MetricInfo;
import io.steppe.engine.Problem;
import io.steppe.engine.ScenarioException;
import io.steppe.engine.market.MarketData;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.run.Simulation;
import io.steppe.engine.run.SteppeWorld;
import io.steppe.engine.scenario.LoadedScenario;
import io.steppe.engine.scenario.Scenario;
import io.steppe.engine.scenario.ScenarioLoader;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything needed to run any run of a plan, anywhere: the campaign or scenario file, the
 * command line's overrides, the plugin directory and the plan. It is serializable and small, so
 * a distributed engine ships it to its workers, where the plugins, scenarios and market data are
 * loaded once per JVM (per point, only when a sweep changes them) and reused for every run.
 */
public final class BatchJob implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int CACHED_POINTS = 16;

    private final String target;
    private final List<String> sets;
    private final String plugins;
    private final RunPlan plan;
    private final List<String> bandMetrics;
    private transient volatile Loaded loaded;
    private transient PluginRegistry given;

    /** What a JVM loads once for a job. */
    private record Loaded(PluginRegistry registry, ScenarioLoader loader, LoadedScenario base, MarketData baseMarket,
                          Map<Integer, Prepared> points) {
    }

    /** A point's scenario and market data. */
    private record Prepared(Scenario scenario, MarketData market) {
    }

    /**
     * A job.
     *
     * @param target a campaign name or scenario file path
     * @param sets the command line's {@code path=value} overrides, applied before each point's
     * @param plugins a directory of extra plugin jars, or null
     * @param plan the run plan
     * @param bandMetrics the metrics whose daily bands are kept, or null for every metric
     */
    public BatchJob(String target, List<String> sets, Path plugins, RunPlan plan, List<String> bandMetrics) {
        this(target, sets, plugins, plan, bandMetrics, null);
    }

    /**
     * A job that starts from plugins already discovered in this JVM (from {@code plugins}); other
     * JVMs it is shipped to discover them again.
     */
    public BatchJob(String target, List<String> sets, Path plugins, RunPlan plan, List<String> bandMetrics,
                    PluginRegistry registry) {
        Objects.requireNonNull(target, "target");
        Path file = Path.of(target);
        this.target = java.nio.file.Files.isRegularFile(file) ? file.toAbsolutePath().normalize().toString() : target;
        this.sets = List.copyOf(sets);
        this.plugins = plugins == null ? null : plugins.toAbsolutePath().normalize().toString();
        this.plan = Objects.requireNonNull(plan, "plan");
        this.bandMetrics = bandMetrics == null ? null : List.copyOf(bandMetrics);
        this.given = registry;
    }

    /** The plan. */
    public RunPlan plan() {
        return plan;
    }

    /** The campaign name, or the scenario file as an absolute path (so shards and merges elsewhere find it). */
    public String target() {
        return target;
    }

    /** The command line's overrides. */
    public List<String> sets() {
        return sets;
    }

    /** The plugin directory, or null. */
    public String plugins() {
        return plugins;
    }

    /** The base scenario (command-line overrides applied, no sweep point). */
    public LoadedScenario base() {
        return loaded().base;
    }

    /** The plugins and types the job runs with. */
    public PluginRegistry registry() {
        return loaded().registry;
    }

    /** An empty state for this job: every metric of a run, the band metrics and the days. */
    public BatchState emptyState() {
        return new BatchState(plan.sha256(), metrics(), bandMetrics(), loaded().base.scenario().days());
    }

    /** The metrics whose daily bands are kept: those asked for, or every metric. */
    public List<String> bandMetrics() {
        return bandMetrics == null ? metrics() : bandMetrics;
    }

    /** The resolved base scenario as YAML, as the manifests hash it. */
    public String scenarioYaml() {
        Loaded l = loaded();
        return l.loader.toYaml(l.base.scenario());
    }

    private List<String> metrics() {
        return loaded().registry.metrics().stream().map(MetricInfo::name).toList();
    }

    /**
     * Loads every point's scenario once, so a bad sweep value fails with its file and path before
     * anything runs (the problems of the first bad point are reported).
     */
    public void checkPoints() {
        for (int p = 0; p < plan.points().size(); p++) {
            prepare(loaded(), p);
        }
    }

    /** Runs one planned run to its end: the point's scenario with the run's seed (replicate 0). */
    public SteppeWorld run(RunPlan.Run run) {
        Loaded l = loaded();
        Prepared p = point(l, run.point());
        Scenario s = p.scenario.withSeed(run.seed());
        return Simulation.run(Simulation.create(s, p.market, l.registry));
    }

    private Loaded loaded() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (this) {
                l = loaded;
                if (l == null) {
                    PluginRegistry registry = given != null ? given : PluginRegistry.discover(plugins == null ? null : Path.of(plugins));
                    ScenarioLoader loader = new ScenarioLoader(registry);
                    LoadedScenario base = Campaigns.load(loader, target, sets);
                    Scenario s = base.scenario();
                    MarketData market = MarketData.load(s.data(), s.start(), s.end(), base.baseDir());
                    Map<Integer, Prepared> cache = new LinkedHashMap<>(CACHED_POINTS, 0.75f, true) {
                        @Override
                        protected boolean removeEldestEntry(Map.Entry<Integer, Prepared> eldest) {
                            return size() > CACHED_POINTS;
                        }
                    };
                    l = new Loaded(registry, loader, base, market, cache);
                    loaded = l;
                }
            }
        }
        return l;
    }

    private Prepared point(Loaded l, int point) {
        synchronized (l.points) {
            Prepared p = l.points.get(point);
            if (p != null) {
                return p;
            }
        }
        Prepared p = prepare(l, point);
        synchronized (l.points) {
            l.points.put(point, p);
        }
        return p;
    }

    private Prepared prepare(Loaded l, int point) {
        if (plan.paths().isEmpty()) {
            return new Prepared(l.base.scenario(), l.baseMarket);
        }
        List<String> all = new ArrayList<>(sets);
        all.addAll(plan.sets(point));
        LoadedScenario ls;
        try {
            ls = Campaigns.load(l.loader, target, all);
        } catch (ScenarioException e) {
            String where = " (sweep point " + point + ": " + String.join(" ", plan.sets(point)) + ")";
            throw new ScenarioException(e.problems().stream()
                    .map(p -> new Problem(p.file(), p.line(), p.path(), p.message() + where)).toList());
        }
        Scenario s = ls.scenario();
        Scenario base = l.base.scenario();
        boolean sameData = s.data().equals(base.data()) && s.start().equals(base.start()) && s.end().equals(base.end())
                && Objects.equals(ls.baseDir(), l.base.baseDir());
        MarketData market = sameData ? l.baseMarket : MarketData.load(s.data(), s.start(), s.end(), ls.baseDir());
        return new Prepared(s, market);
    }
}
