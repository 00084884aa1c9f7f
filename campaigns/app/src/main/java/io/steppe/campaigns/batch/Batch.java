package io.steppe.campaigns.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steppe.engine.run.AtomicFiles;
import io.steppe.engine.run.OutputDirectory;
import io.steppe.engine.run.RunWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * A batch in its output directory: expands nothing itself (the plan comes in the job) but owns
 * the directory's life. {@code plan.csv} and {@code .batch/job.json} are written before any run;
 * the state of finished runs goes to {@code .batch/state.bin} at checkpoints and when stopped; the
 * outputs are written once every run of the plan (or shard) has finished. {@code --resume} reads
 * the state back and runs only what is missing; {@link #merge} joins the shards of one plan.
 */
public final class Batch {
    /** The batch's own files (state for --resume and merge), inside the output directory. */
    public static final String STATE_DIR = ".batch";

    private Batch() {
    }

    /**
     * How a batch is executed: which part of the plan, by which engine, with how many threads.
     *
     * @param shard this shard (1-based), or 1
     * @param shards the number of shards, or 1
     * @param engine the engine's name, recorded in the manifest
     * @param threads threads (local engine), recorded in the manifest
     */
    public record Execution(int shard, int shards, String engine, int threads) {
        /** Checks the shard. */
        public Execution {
            if (shards < 1 || shard < 1 || shard > shards) {
                throw new IllegalArgumentException("shard " + shard + "/" + shards + ": expected k/N with 1 ≤ k ≤ N");
            }
        }
    }

    /** What a call to {@link #run} ended with. */
    public record Outcome(int done, int total, boolean complete) {
    }

    /**
     * Runs the plan's runs of this shard that the directory does not have yet.
     *
     * @param resume continue the batch already in {@code dir} (same job, same shard)
     * @param force replace {@code dir} if it holds another batch
     * @param stop polled between runs; when true the batch stops, keeping the finished runs
     * @param progressFactory the progress meter, given the number of runs already done
     * @throws BatchException when the directory cannot be used (exists, other plan, ...)
     */
    public static Outcome run(BatchJob job, Path dir, Execution execution, boolean resume, boolean force, BatchEngine engine,
                              BooleanSupplier stop, IntFunction<IntConsumer> progressFactory) throws IOException {
        RunPlan plan = job.plan();
        Path state = dir.resolve(STATE_DIR).resolve("state.bin");
        Path jobFile = dir.resolve(STATE_DIR).resolve("job.json");
        ObjectNode description = describe(job, execution);
        BatchState done;
        if (resume) {
            if (!Files.exists(jobFile) || !Files.exists(state)) {
                throw new BatchException(dir + " holds no batch to resume (no " + STATE_DIR + "/job.json and state.bin); run without --resume");
            }
            JsonNode old = RunWriter.json().readTree(jobFile.toFile());
            for (String field : List.of("planSha256", "scenarioSha256", "shard", "shards", "bandMetrics")) {
                if (!old.path(field).equals(description.path(field))) {
                    throw new BatchException("cannot resume " + dir + ": its " + field + " is " + old.path(field)
                            + ", this command's is " + description.path(field) + "; resume with the same campaign, --set, --sweep, --runs, --seed, --shard and --band-metrics");
                }
            }
            done = BatchState.read(state);
        } else {
            job.checkPoints();
            prepare(dir, force);
            Files.createDirectories(dir.resolve(STATE_DIR));
            BatchOutputs.writePlan(dir, plan);
            AtomicFiles.writeString(jobFile, BatchOutputs.pretty(description));
            done = job.emptyState();
            done.write(state);
        }
        List<RunPlan.Run> mine = plan.shard(execution.shard(), execution.shards());
        List<RunPlan.Run> todo = new ArrayList<>();
        for (RunPlan.Run r : mine) {
            if (!done.has(r.id())) {
                todo.add(r);
            }
        }
        IntConsumer progress = progressFactory.apply(mine.size() - todo.size());
        engine.execute(job, todo, done, progress, stop, s -> {
            try {
                s.write(state);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        done.write(state);
        boolean complete = done.size() == mine.size();
        if (complete) {
            ObjectNode manifest = manifest(job, execution);
            BatchOutputs.write(dir, job, done, manifest);
        }
        return new Outcome(done.size(), mine.size(), complete);
    }

    /**
     * Merges the complete shards of one plan into {@code out}, which then holds the same outputs
     * as a batch that ran the whole plan in one go.
     */
    public static int merge(List<Path> shardDirs, Path out, boolean force) throws IOException {
        if (shardDirs.isEmpty()) {
            throw new BatchException("name the shard directories to merge");
        }
        Map<Integer, Path> byShard = new TreeMap<>();
        JsonNode first = null;
        BatchState all = null;
        BatchJob job = null;
        for (Path dir : shardDirs) {
            Path jobFile = dir.resolve(STATE_DIR).resolve("job.json");
            if (!Files.exists(jobFile)) {
                throw new BatchException(dir + " is not a batch directory (no " + STATE_DIR + "/job.json)");
            }
            JsonNode d = RunWriter.json().readTree(jobFile.toFile());
            if (first == null) {
                first = d;
                job = job(d);
            } else {
                for (String field : List.of("planSha256", "scenarioSha256", "shards", "bandMetrics")) {
                    if (!d.path(field).equals(first.path(field))) {
                        throw new BatchException(dir + " belongs to another batch: its " + field + " is " + d.path(field)
                                + ", " + shardDirs.get(0) + "'s is " + first.path(field));
                    }
                }
            }
            int k = d.path("shard").asInt();
            if (byShard.put(k, dir) != null) {
                throw new BatchException("shard " + k + "/" + d.path("shards").asInt() + " is given twice: " + byShard.get(k) + " and " + dir);
            }
            BatchState s = BatchState.read(dir.resolve(STATE_DIR).resolve("state.bin"));
            int expected = job.plan().shard(k, d.path("shards").asInt()).size();
            if (s.size() != expected) {
                throw new BatchException(dir + " is shard " + k + " with " + s.size() + " of its " + expected
                        + " runs done; finish it with --resume first");
            }
            if (all == null) {
                all = s;
            } else {
                all.merge(s);
            }
        }
        int shards = first.path("shards").asInt();
        if (byShard.size() != shards) {
            List<Integer> missing = new ArrayList<>();
            for (int k = 1; k <= shards; k++) {
                if (!byShard.containsKey(k)) {
                    missing.add(k);
                }
            }
            throw new BatchException("shards " + missing + " of " + shards + " are missing");
        }
        prepare(out, force);
        Files.createDirectories(out.resolve(STATE_DIR));
        Execution merged = new Execution(1, 1, "merge of " + shards + " shards", 0);
        BatchOutputs.writePlan(out, job.plan());
        AtomicFiles.writeString(out.resolve(STATE_DIR).resolve("job.json"), BatchOutputs.pretty(describe(job, merged)));
        all.write(out.resolve(STATE_DIR).resolve("state.bin"));
        ObjectNode manifest = manifest(job, merged);
        ArrayNode from = manifest.putArray("mergedFrom");
        byShard.values().forEach(p -> from.add(p.toString()));
        BatchOutputs.write(out, job, all, manifest);
        return all.size();
    }

    /** The job a {@code job.json} describes (target, overrides, plugins, plan, band metrics). */
    public static BatchJob job(JsonNode d) {
        List<String> paths = new ArrayList<>();
        d.path("plan").path("paths").forEach(p -> paths.add(p.asText()));
        List<List<String>> points = new ArrayList<>();
        d.path("plan").path("points").forEach(p -> {
            List<String> values = new ArrayList<>();
            p.forEach(v -> values.add(v.asText()));
            points.add(values);
        });
        RunPlan plan = new RunPlan(paths, points, d.path("plan").path("replicates").asInt(),
                d.path("plan").path("baseSeed").asLong(), d.path("plan").path("commonSeeds").asBoolean());
        if (!plan.sha256().equals(d.path("planSha256").asText())) {
            throw new BatchException("the plan in job.json does not match its planSha256; the batch directory was edited");
        }
        List<String> sets = new ArrayList<>();
        d.path("sets").forEach(s -> sets.add(s.asText()));
        List<String> bands = new ArrayList<>();
        d.path("bandMetrics").forEach(s -> bands.add(s.asText()));
        Path plugins = d.hasNonNull("plugins") ? Path.of(d.get("plugins").asText()) : null;
        return new BatchJob(d.path("target").asText(), sets, plugins, plan, bands);
    }

    private static ObjectNode describe(BatchJob job, Execution execution) {
        ObjectNode d = RunWriter.json().getNodeFactory().objectNode();
        d.put("target", job.target());
        job.sets().forEach(d.putArray("sets")::add);
        d.put("plugins", job.plugins());
        d.put("planSha256", job.plan().sha256());
        d.put("scenarioSha256", RunWriter.sha256(job.scenarioYaml()));
        d.put("shard", execution.shard());
        d.put("shards", execution.shards());
        job.bandMetrics().forEach(d.putArray("bandMetrics")::add);
        ObjectNode plan = d.putObject("plan");
        job.plan().paths().forEach(plan.putArray("paths")::add);
        ArrayNode points = plan.putArray("points");
        job.plan().points().forEach(p -> {
            ArrayNode values = points.addArray();
            p.forEach(values::add);
        });
        plan.put("replicates", job.plan().replicates());
        plan.put("baseSeed", job.plan().baseSeed());
        plan.put("commonSeeds", job.plan().commonSeeds());
        return d;
    }

    private static ObjectNode manifest(BatchJob job, Execution execution) {
        ObjectNode m = RunWriter.manifest(job.scenarioYaml(), job.registry());
        m.put("campaign", job.base().scenario().name());
        m.put("engine", execution.engine());
        if (execution.threads() > 0) {
            m.put("threads", execution.threads());
        }
        m.put("shard", execution.shard() + "/" + execution.shards());
        return m;
    }

    /**
     * Makes {@code dir} ready for a new batch: absent or empty, or a directory Steppe wrote
     * replaced with --force ({@link OutputDirectory}); a batch directory of a version before the
     * marker counts as Steppe's.
     */
    private static void prepare(Path dir, boolean force) throws IOException {
        if (Files.isDirectory(dir) && !OutputDirectory.isMarked(dir)
                && (Files.exists(dir.resolve(STATE_DIR)) || Files.exists(dir.resolve("plan.csv")))) {
            OutputDirectory.mark(dir, "batch");
        }
        if (OutputDirectory.isMarked(dir) && !force) {
            throw new BatchException(dir + " exists; choose another --out, pass --resume to continue the batch in it, or --force to replace it");
        }
        OutputDirectory.prepare(dir, force, "batch");
    }
}
