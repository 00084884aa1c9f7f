package io.steppe.campaigns.cli;

import io.steppe.campaigns.Campaigns;
import io.steppe.campaigns.batch.Batch;
import io.steppe.campaigns.batch.BatchEngine;
import io.steppe.campaigns.batch.BatchException;
import io.steppe.campaigns.batch.BatchJob;
import io.steppe.campaigns.batch.LocalBatchEngine;
import io.steppe.campaigns.batch.ProgressMeter;
import io.steppe.campaigns.batch.RunPlan;
import io.steppe.campaigns.batch.Sweep;
import io.steppe.campaigns.report.ReportSpec;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.run.OutputDirectory;
import io.steppe.engine.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code steppe batch}: Monte Carlo replicates and parameter sweeps with streaming aggregates. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Run a plan of points × replicates of a campaign or scenario file and aggregate it as it streams.",
                "Writes plan.csv first, then runs.csv, runs.parquet, bands.csv, aggregate.json, report.html and manifest.json.",
                "Each run's seed comes from (--seed, point, replicate), so outputs are byte-identical whatever --threads,",
                "--shard or --engine. Ctrl-C stops cleanly, keeping finished runs; --resume continues."})
final class BatchCommand implements Callable<Integer> {
    private static final Pattern SHARD = Pattern.compile("([0-9]+)/([0-9]+)");

    @Parameters(index = "0", paramLabel = "CAMPAIGN|FILE", description = "A campaign name or a scenario file.")
    String target;

    @Option(names = "--runs", paramLabel = "N", required = true, description = "Replicates per point (without --sweep: runs).")
    int runs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Base seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--sweep", paramLabel = "FILE", description = "A sweep file: parameters and grid, latinHypercube or random sampling.")
    Path sweep;

    @Option(names = "--common-seeds", description = "Every point uses the same seeds (common random numbers), so points differ only by their parameters.")
    boolean commonSeeds;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: runs/<campaign>-batch).")
    Path out;

    @Option(names = "--resume", description = "Continue the interrupted batch in --out without redoing finished runs.")
    boolean resume;

    @Option(names = "--force", description = "Replace the batch already in --out (only a directory Steppe wrote).")
    boolean force;

    @Option(names = "--shard", paramLabel = "K/N", description = "Run only shard K of N (runs with id ≡ K−1 mod N), e.g. for a Slurm job array; join with 'steppe merge'.")
    String shard;

    @Option(names = "--band-metrics", paramLabel = "M,...", split = ",",
            description = "Metrics whose daily bands are kept (default: every metric without --sweep, the key series with one).")
    List<String> bandMetrics;

    @Option(names = "--engine", paramLabel = "local|spark", defaultValue = "local", description = "Where runs execute: local threads (default) or Apache Spark.")
    String engine;

    @Option(names = "--checkpoint-seconds", paramLabel = "S", defaultValue = "30", description = "How often finished runs are saved for --resume (default ${DEFAULT-VALUE}; 0: only when stopped or done).")
    double checkpointSeconds;

    @Mixin
    EnsembleOptions ensemble;

    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        EnsembleOptions.requireRuns(runs);
        int[] part = parseShard();
        PluginRegistry registry = common.registry();
        ScenarioLoader loader = new ScenarioLoader(registry);
        RunPlan plan;
        if (sweep != null) {
            Sweep s = loader.loadDocument(sweep, Sweep.class, Sweep.SHAPE, Sweep::check);
            plan = new RunPlan(s.paths(), s.expand(), runs, seed, commonSeeds);
        } else {
            plan = new RunPlan(List.of(), List.of(List.of()), runs, seed, commonSeeds);
        }
        List<String> bands = bandMetrics != null ? bandMetrics
                : sweep != null ? ReportSpec.of(Campaigns.load(loader, target, common.sets).scenario(), registry).fanMetrics() : null;
        BatchJob job = new BatchJob(target, common.sets, common.plugins, plan, bands, registry);
        var scenario = job.base().scenario();
        Path preferred = Path.of("runs", scenario.name() + "-batch");
        Path dir = out != null ? out : resume || force ? preferred : OutputDirectory.choose(null, preferred, false);
        int threads = ensemble.threads();
        Batch.Execution execution = new Batch.Execution(part[0], part[1], engine, threads);
        BatchEngine runner = engine(threads);
        var err = spec.commandLine().getErr();
        var stdout = spec.commandLine().getOut();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.set(true);
            try {
                finished.await(120, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "steppe-batch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        boolean terminal = System.console() != null;
        String label = "batch " + scenario.name() + (part[1] > 1 ? " shard " + part[0] + "/" + part[1] : "");
        ProgressMeter[] meter = new ProgressMeter[1];
        try {
            int shardRuns = plan.shard(part[0], part[1]).size();
            stdout.printf("%s: %d points × %d replicates = %d runs%s, %s engine%s, plan %s -> %s%n", scenario.name(),
                    plan.points().size(), runs, plan.size(), part[1] > 1 ? " (this shard: " + shardRuns + ")" : "", engine,
                    "local".equals(engine) ? " with " + threads + " threads" : "", plan.sha256().substring(0, 12), dir);
            stdout.flush();
            Batch.Outcome outcome = Batch.run(job, dir, execution, resume, force, runner, stop::get, before -> {
                meter[0] = new ProgressMeter(err, label, shardRuns, before, terminal, 10, System::nanoTime);
                return meter[0];
            });
            if (meter[0] != null) {
                meter[0].close();
            }
            if (!outcome.complete()) {
                stdout.printf("stopped after %d of %d runs; finished runs are kept in %s. Continue with the same command and --resume.%n",
                        outcome.done(), outcome.total(), dir);
                stdout.flush();
                return 130;
            }
            stdout.printf("%d runs done; wrote %s in %s%n", outcome.done(),
                    String.join(", ", io.steppe.campaigns.batch.BatchOutputs.FILES), dir);
            stdout.flush();
            return 0;
        } catch (BatchException e) {
            throw new SteppeCli.UserError(e.getMessage());
        } finally {
            finished.countDown();
            if (!stop.get()) {
                Runtime.getRuntime().removeShutdownHook(hook);
            }
        }
    }

    private BatchEngine engine(int threads) {
        if ("local".equals(engine)) {
            return new LocalBatchEngine(threads, (long) (checkpointSeconds * 1000));
        }
        if ("spark".equals(engine)) {
            try {
                Class.forName("org.apache.spark.api.java.JavaSparkContext");
            } catch (ClassNotFoundException e) {
                throw new SteppeCli.UserError("--engine spark needs Apache Spark on the classpath: run this jar with spark-submit"
                        + " (see docs/batch.md, 'Apache Spark')");
            }
            try {
                return (BatchEngine) Class.forName("io.steppe.campaigns.batch.spark.SparkBatchEngine")
                        .getConstructor(int.class).newInstance(threads);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot start the Spark engine", e);
            }
        }
        throw new SteppeCli.UserError("unknown --engine '" + engine + "'; valid engines: local, spark");
    }

    private int[] parseShard() {
        if (shard == null) {
            return new int[] {1, 1};
        }
        Matcher m = SHARD.matcher(shard);
        if (!m.matches()) {
            throw new SteppeCli.UserError("--shard '" + shard + "': expected K/N, e.g. 3/10");
        }
        int k = Integer.parseInt(m.group(1));
        int n = Integer.parseInt(m.group(2));
        if (n < 1 || k < 1 || k > n) {
            throw new SteppeCli.UserError("--shard '" + shard + "': expected 1 ≤ K ≤ N");
        }
        return new int[] {k, n};
    }
}
