package io.steppe.engine.scenario;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steppe.engine.MetricInfo;
import io.steppe.engine.Problem;
import io.steppe.engine.ScenarioException;
import io.steppe.engine.agent.AgentSpec;
import io.steppe.engine.market.DataSources;
import io.steppe.engine.plugin.PluginRegistry;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Reads scenario files (YAML or JSON, one schema) strictly: unknown fields and type names are
 * errors listing the valid names; every field is validated; {@code --set path=value} overrides go
 * through the same checks. Every problem names the file, the line where known, and the field path.
 */
public final class ScenarioLoader {
    private static final ValidatorFactory VALIDATORS = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    private static final Pattern SET = Pattern.compile("([A-Za-z0-9_.\\[\\]]+)=(.*)", Pattern.DOTALL);
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9_]*)((?:\\[[0-9]+\\])*)");

    /** Where campaigns ship on the classpath: {@code <name>.yaml}, listed in {@code index.txt}. */
    public static final String CAMPAIGN_RESOURCES = "steppe/campaigns/";

    private final PluginRegistry registry;
    private final ObjectMapper yaml;
    private final ObjectMapper json;

    /** Creates a loader that knows the registry's types. */
    public ScenarioLoader(PluginRegistry registry) {
        this.registry = registry;
        this.yaml = Mappers.yaml(registry);
        this.json = Mappers.json(registry);
    }

    /** The YAML mapper used for scenarios, e.g. to write a resolved scenario. */
    public ObjectMapper yamlMapper() {
        return yaml;
    }

    /** Reads a scenario file ({@code .yaml}, {@code .yml} or {@code .json}) with overrides. */
    public LoadedScenario load(Path file, List<String> overrides) {
        String name = file.toString();
        boolean isJson;
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".json")) {
            isJson = true;
        } else if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            isJson = false;
        } else {
            throw single(name, "", "unknown file type; scenario files end in .yaml, .yml or .json");
        }
        String text = readText(file, name);
        Path base = file.toAbsolutePath().getParent();
        return new LoadedScenario(parse(text, name, isJson, base, overrides), name, base);
    }

    /**
     * Reads a player's moves file ({@code .yaml}, {@code .yml} or {@code .json}; see {@link Moves})
     * strictly and checks it against the campaign's {@link Seat}: every policy is valid as in a
     * scenario, sets only the seat's levers, acts within the term (not before {@code from}, not
     * after {@code until}), is switched by its dates and triggers rather than the doctrine, and there
     * are no more than {@code maxPolicies}. Every problem names the file, line and field path.
     */
    public Moves loadMoves(Path file, Scenario campaign) {
        if (campaign.seat() == null) {
            throw single(file.toString(), "", "campaign '" + campaign.name() + "' has no seat, so there is nothing to play");
        }
        Map<String, Integer> lines = new HashMap<>();
        Moves moves = readDocument(file, Moves.class, "'policies: [{type: minerCutoff, start: 2021-10-01}]'", lines);
        List<Problem> problems = checkMoves(moves, campaign, file.toString(), lines);
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return moves;
    }

    /**
     * Reads a {@code .yaml}, {@code .yml} or {@code .json} file strictly into {@code type}, filling
     * {@code lines} with the line of every field path; a file of another type, unreadable or not a
     * mapping, unknown fields and values of the wrong type are problems naming the file, line and path.
     */
    private <T> T readDocument(Path file, Class<T> type, String shape, Map<String, Integer> lines) {
        String name = file.toString();
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (!lower.endsWith(".json") && !lower.endsWith(".yaml") && !lower.endsWith(".yml")) {
            throw single(name, "", "unknown file type; expected .yaml, .yml or .json");
        }
        boolean isJson = lower.endsWith(".json");
        JsonNode tree = readTree(readText(file, name), name, isJson, lines);
        if (tree == null || !tree.isObject()) {
            throw single(name, "", "expected a mapping, e.g. " + shape);
        }
        try {
            return (isJson ? json : yaml).treeToValue(tree, type);
        } catch (JsonMappingException e) {
            throw new ScenarioException(List.of(mappingProblem(e, name, lines)));
        } catch (JsonProcessingException e) {
            throw single(name, "", firstLine(e.getOriginalMessage()));
        }
    }

    private List<Problem> checkMoves(Moves moves, Scenario campaign, String file, Map<String, Integer> lines) {
        List<Problem> problems = new ArrayList<>();
        Validator validator = VALIDATORS.getValidator();
        addViolations(problems, validator.validate(moves), "", file, lines);
        if (moves.policies() == null) {
            return problems;
        }
        Seat seat = campaign.seat();
        String office = "the " + seat.title();
        if (seat.maxPolicies() != null && moves.policies().size() > seat.maxPolicies()) {
            problems.add(problem(file, lines, "policies", moves.policies().size() + " policies; " + office
                    + " may add at most " + seat.maxPolicies()));
        }
        LocalDate termEnd = seat.until() != null ? seat.until() : campaign.end();
        Set<String> metricNames = metricNames();
        for (int i = 0; i < moves.policies().size(); i++) {
            PolicyEntry entry = moves.policies().get(i);
            String prefix = "policies[" + i + "]";
            checkPolicy(problems, validator, entry, prefix, metricNames, file, lines);
            if (entry == null || entry.spec() == null) {
                continue;
            }
            String type = policyType(entry.spec());
            for (String lever : entry.spec().levers()) {
                if (!seat.levers().contains(lever)) {
                    problems.add(problem(file, lines, prefix + ".type", type + " sets lever " + lever + ", not one of "
                            + office + "'s levers: " + String.join(", ", seat.levers())));
                }
            }
            Activation a = entry.activation();
            if (a.byDoctrine()) {
                problems.add(problem(file, lines, prefix + ".control", "'doctrine' hands a policy to the government;"
                        + " a player's policies are switched by their dates and triggers"));
            }
            if (a.start() != null && a.start().isBefore(seat.from())) {
                problems.add(problem(file, lines, prefix + ".start", a.start() + " is before " + office + " takes office ("
                        + seat.from() + "); leave start out to start then"));
            } else if (a.start() != null && a.start().isAfter(termEnd)) {
                problems.add(problem(file, lines, prefix + ".start", a.start() + " is after " + office + "'s term ends (" + termEnd + ")"));
            }
            if (a.end() != null && a.end().isBefore(seat.from())) {
                problems.add(problem(file, lines, prefix + ".end", a.end() + " is before " + office + " takes office (" + seat.from() + ")"));
            } else if (seat.until() != null && a.end() != null && a.end().isAfter(seat.until())) {
                problems.add(problem(file, lines, prefix + ".end", a.end() + " is after " + office + "'s term ends (" + seat.until() + ")"));
            }
        }
        problems.sort(Comparator.comparingInt(Problem::line));
        return problems;
    }

    /** The registered type name of a policy spec. */
    private String policyType(io.steppe.engine.PolicySpec spec) {
        return registry.policies().values().stream().filter(r -> r.specClass() == spec.getClass())
                .map(io.steppe.engine.plugin.TypeRegistration::name).findFirst().orElse(spec.getClass().getSimpleName());
    }

    /**
     * Reads a YAML or JSON file into a record that is checked like a scenario (used for sweep
     * files): unknown fields list the valid ones, values of the wrong type and constraint
     * violations are refused, and so is anything {@code checks} reports as (field path, message).
     * Every problem names the file, the line and the field path.
     *
     * @param shape a one-line example of the document, shown when the file is not a mapping
     */
    public <T> T loadDocument(Path file, Class<T> type, String shape,
                              java.util.function.BiConsumer<T, java.util.function.BiConsumer<String, String>> checks) {
        String name = file.toString();
        Map<String, Integer> lines = new HashMap<>();
        T document = readDocument(file, type, shape, lines);
        List<Problem> problems = new ArrayList<>();
        addViolations(problems, VALIDATORS.getValidator().validate(document), "", name, lines);
        if (problems.isEmpty()) {
            checks.accept(document, (path, message) -> problems.add(problem(name, lines, path, message)));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(Problem::line));
            throw new ScenarioException(problems);
        }
        return document;
    }

    /** Reads a scenario that ships on the classpath, such as a built-in campaign. */
    public LoadedScenario loadResource(String resource, List<String> overrides) {
        String label = "classpath:" + resource;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw single(label, "", "no such resource");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new LoadedScenario(parse(text, label, resource.endsWith(".json"), null, overrides), label, null);
        } catch (IOException e) {
            throw single(label, "", "cannot read: " + e.getMessage());
        }
    }

    /** Parses scenario text; {@code file} is used in messages only. */
    public Scenario parse(String text, String file, boolean isJson, Path baseDir, List<String> overrides) {
        ObjectMapper mapper = isJson ? json : yaml;
        Map<String, Integer> lines = new HashMap<>();
        JsonNode tree = readTree(text, file, isJson, lines);
        if (tree == null || !tree.isObject()) {
            throw single(file, "", "a scenario is a mapping with at least name, start and end");
        }
        tree = resolveExtends((ObjectNode) tree, file, baseDir, new ArrayList<>());
        applyOverrides((ObjectNode) tree, overrides);
        Scenario scenario;
        try {
            scenario = mapper.treeToValue(tree, Scenario.class);
        } catch (JsonMappingException e) {
            throw new ScenarioException(List.of(mappingProblem(e, file, lines)));
        } catch (JsonProcessingException e) {
            throw single(file, "", firstLine(e.getOriginalMessage()));
        }
        List<Problem> problems = validate(scenario, file, lines, baseDir);
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return scenario;
    }

    /**
     * Resolves {@code extends}: the named base (a campaign shipped under {@code steppe/campaigns/},
     * or a scenario file relative to this one) is read first, then this file's top-level fields
     * replace the base's, {@code addPolicies} are appended to the base's policies and the
     * {@code set} mapping ({@code path: value}, the paths of {@code --set}) is applied last. The
     * base's {@code facts} and {@code validation} are not inherited: a variant is not judged by
     * the facts of the history it departs from unless it lists them itself.
     */
    private ObjectNode resolveExtends(ObjectNode tree, String file, Path baseDir, List<String> chain) {
        JsonNode ext = tree.remove("extends");
        JsonNode add = tree.remove("addPolicies");
        JsonNode sets = tree.remove("set");
        if (ext == null) {
            if (add != null || sets != null) {
                String key = add != null ? "addPolicies" : "set";
                throw single(file, key, "only a scenario that 'extends' another may use '" + key + "'");
            }
            return tree;
        }
        if (!ext.isTextual() || ext.asText().isBlank()) {
            throw single(file, "extends", "expected the name of a campaign or a scenario file path");
        }
        if (!tree.has("name")) {
            throw single(file, "name", "a scenario that extends another needs its own name");
        }
        String baseName = ext.asText();
        if (chain.contains(baseName) || chain.size() > 8) {
            throw single(file, "extends", "circular or too deep: " + String.join(" -> ", chain) + " -> " + baseName);
        }
        chain.add(baseName);
        String baseLabel;
        String text;
        Path nextDir = null;
        boolean isFile = baseName.endsWith(".yaml") || baseName.endsWith(".yml") || baseName.endsWith(".json");
        try {
            if (isFile) {
                Path path = baseDir == null ? Path.of(baseName) : baseDir.resolve(baseName);
                baseLabel = path.toString();
                nextDir = path.toAbsolutePath().getParent();
                text = Files.readString(path, StandardCharsets.UTF_8);
            } else {
                String resource = CAMPAIGN_RESOURCES + baseName + ".yaml";
                baseLabel = "classpath:" + resource;
                try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        throw single(file, "extends", "no campaign '" + baseName + "' on the classpath and no such file");
                    }
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw single(file, "extends", "cannot read '" + baseName + "': " + e.getMessage());
        }
        JsonNode baseTree;
        ObjectMapper mapper = baseName.endsWith(".json") ? json : yaml;
        try {
            baseTree = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw single(baseLabel, "", "not valid YAML/JSON: " + firstLine(e.getOriginalMessage()));
        }
        if (!(baseTree instanceof ObjectNode baseObject)) {
            throw single(baseLabel, "", "a scenario is a mapping with at least name, start and end");
        }
        ObjectNode merged = resolveExtends(baseObject, baseLabel, nextDir, chain);
        merged.remove("facts");
        merged.remove("validation");
        merged.setAll(tree);
        if (add != null) {
            if (!add.isArray()) {
                throw single(file, "addPolicies", "expected a list of policies");
            }
            JsonNode policies = merged.get("policies");
            ArrayNode all = policies instanceof ArrayNode a ? a : merged.putArray("policies");
            add.forEach(all::add);
        }
        if (sets != null) {
            if (!sets.isObject()) {
                throw single(file, "set", "expected a mapping of path: value, e.g. 'policies[0].rateKztPerKwh: 2'");
            }
            List<Problem> problems = new ArrayList<>();
            sets.fields().forEachRemaining(e -> {
                String error = set(merged, e.getKey(), e.getValue());
                if (error != null) {
                    problems.add(new Problem(file, 0, "set." + e.getKey(), error));
                }
            });
            if (!problems.isEmpty()) {
                throw new ScenarioException(problems);
            }
        }
        return merged;
    }

    /** Writes a scenario back as YAML: the resolved form stored with every run. */
    public String toYaml(Scenario scenario) {
        try {
            return yaml.writeValueAsString(scenario);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write scenario", e);
        }
    }

    private List<Problem> validate(Scenario s, String file, Map<String, Integer> lines, Path baseDir) {
        List<Problem> problems = new ArrayList<>();
        Validator validator = VALIDATORS.getValidator();
        addViolations(problems, validator.validate(s), "", file, lines);
        for (int i = 0; i < s.agents().size(); i++) {
            AgentSpec agent = s.agents().get(i);
            if (agent == null) {
                problems.add(problem(file, lines, "agents[" + i + "]", "must be a mapping with a type"));
                continue;
            }
            addViolations(problems, validator.validate(agent), "agents[" + i + "].", file, lines);
        }
        Set<String> metricNames = metricNames();
        for (int i = 0; i < s.policies().size(); i++) {
            checkPolicy(problems, validator, s.policies().get(i), "policies[" + i + "]", metricNames, file, lines);
        }
        checkSeat(problems, s, file, lines);
        if (s.start() != null && s.end() != null && s.end().isBefore(s.start())) {
            problems.add(problem(file, lines, "end", "must not be before start (" + s.start() + ")"));
        }
        for (int i = 0; i < s.objectives().size(); i++) {
            Objective o = s.objectives().get(i);
            if (o == null || o.goal() == null) {
                continue;
            }
            if (o.goal().bounded() && o.target() == null) {
                problems.add(problem(file, lines, "objectives[" + i + "].target", "is required when goal is atMost or atLeast"));
            }
            if (o.goal().bounded() && o.scale() != null) {
                problems.add(problem(file, lines, "objectives[" + i + "].scale",
                        "is for minimize and maximize; atMost and atLeast score the share of runs meeting the target"));
            }
            if (!o.goal().bounded() && o.target() != null) {
                problems.add(problem(file, lines, "objectives[" + i + "].target",
                        "is for atMost and atLeast; minimize and maximize are scored against the baseline (see scale)"));
            }
        }
        for (int i = 0; i < s.facts().size(); i++) {
            checkFact(problems, s.facts().get(i), "facts[" + i + "]", metricNames, file, lines);
        }
        checkData(problems, s.data(), baseDir, file, lines);
        problems.sort(Comparator.comparingInt(Problem::line));
        return problems;
    }

    /** The checks of one policy entry, wherever it is listed (a scenario's policies, a player's moves). */
    private void checkPolicy(List<Problem> problems, Validator validator, PolicyEntry entry, String prefix,
                             Set<String> metricNames, String file, Map<String, Integer> lines) {
        if (entry == null || entry.spec() == null) {
            problems.add(problem(file, lines, prefix, "must be a mapping with a type"));
            return;
        }
        addViolations(problems, validator.validate(entry.spec()), prefix + ".", file, lines);
        Activation a = entry.activation();
        addViolations(problems, validator.validate(a), prefix + ".", file, lines);
        if (a.start() != null && a.end() != null && a.end().isBefore(a.start())) {
            problems.add(problem(file, lines, prefix + ".end", "must not be before start (" + a.start() + ")"));
        }
        if (a.when() == null && a.until() != null) {
            problems.add(problem(file, lines, prefix + ".until", "needs 'when': 'until' ends what 'when' switched on"));
        }
        if (a.byDoctrine() && a.when() != null) {
            problems.add(problem(file, lines, prefix + ".when", "not allowed with 'control: doctrine': the government decides when"));
        } else if (a.when() == null && a.minDays() != null && !a.byDoctrine()) {
            problems.add(problem(file, lines, prefix + ".minDays",
                    "needs 'when' or 'control: doctrine': only a switched policy has a minimum duration"));
        }
        checkDeclarations(problems, entry, prefix, metricNames, file, lines);
        checkTrigger(problems, a.when(), prefix + ".when", metricNames, file, lines);
        checkTrigger(problems, a.until(), prefix + ".until", metricNames, file, lines);
    }

    private List<String> leverNames() {
        return registry.levers().stream().map(io.steppe.engine.LeverInfo::name).toList();
    }

    private Set<String> metricNames() {
        return registry.metrics().stream().map(MetricInfo::name).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * A seat names known levers and a term that does not end before it starts. Whether the term
     * lies within the scenario is left to playing it, so that a shortened run of a campaign with a
     * seat (e.g. {@code --set end=2018-12-31}) stays valid.
     */
    private void checkSeat(List<Problem> problems, Scenario s, String file, Map<String, Integer> lines) {
        Seat seat = s.seat();
        if (seat == null) {
            return;
        }
        List<String> known = leverNames();
        if (seat.levers() != null) {
            for (int i = 0; i < seat.levers().size(); i++) {
                String lever = seat.levers().get(i);
                if (lever == null || !known.contains(lever)) {
                    problems.add(problem(file, lines, "seat.levers[" + i + "]", "unknown lever '" + lever + "'; levers: "
                            + String.join(", ", known)));
                }
            }
        }
        if (seat.from() != null && seat.until() != null && seat.until().isBefore(seat.from())) {
            problems.add(problem(file, lines, "seat.until", "must not be before from (" + seat.from() + ")"));
        }
    }

    private void checkData(List<Problem> problems, DataSources data, Path baseDir, String file, Map<String, Integer> lines) {
        if (data == null) {
            return;
        }
        Map<String, String> entries = new java.util.LinkedHashMap<>();
        entries.put("btcMonthly", data.btcMonthly());
        entries.put("halvings", data.halvings());
        entries.put("hardwareEfficiency", data.hardwareEfficiency());
        entries.put("asicPrices", data.asicPrices());
        entries.put("kztPerUsd", data.kztPerUsd());
        for (Map.Entry<String, String> e : entries.entrySet()) {
            String value = e.getValue();
            if (value == null || value.isBlank()) {
                continue;
            }
            String path = "data." + e.getKey();
            if (value.startsWith(DataSources.CLASSPATH)) {
                String resource = value.substring(DataSources.CLASSPATH.length());
                if (Thread.currentThread().getContextClassLoader().getResource(resource) == null) {
                    problems.add(problem(file, lines, path, "no built-in data '" + resource + "'"));
                }
            } else {
                Path resolved = baseDir == null ? Path.of(value) : baseDir.resolve(value);
                if (!Files.isRegularFile(resolved)) {
                    problems.add(problem(file, lines, path, "file not found: " + resolved));
                }
            }
        }
    }

    private void checkFact(List<Problem> problems, Fact f, String prefix, Set<String> metrics, String file,
                           Map<String, Integer> lines) {
        if (f == null) {
            problems.add(problem(file, lines, prefix, "must be a mapping"));
            return;
        }
        int sources = (f.metric() == null ? 0 : 1) + (f.kpi() == null ? 0 : 1) + (f.event() == null ? 0 : 1);
        if (sources != 1) {
            problems.add(problem(file, lines, prefix, "needs exactly one of metric, kpi, event"));
            return;
        }
        if (f.metric() != null && !metrics.contains(f.metric())) {
            problems.add(problem(file, lines, prefix + ".metric", "unknown metric '" + f.metric() + "'; valid metrics: "
                    + String.join(", ", metrics)));
        }
        java.util.Set<Fact.Stat> allowed = f.metric() != null
                ? java.util.EnumSet.of(Fact.Stat.MEAN, Fact.Stat.MAX, Fact.Stat.MIN, Fact.Stat.SUM)
                : f.event() != null ? java.util.EnumSet.of(Fact.Stat.COUNT, Fact.Stat.FIRST_DATE, Fact.Stat.DAYS_AFTER)
                : java.util.EnumSet.noneOf(Fact.Stat.class);
        if (f.stat() != null && !allowed.contains(f.stat())) {
            problems.add(problem(file, lines, prefix + ".stat", f.kpi() != null ? "a KPI fact takes no stat"
                    : "must be one of mean, max, min, sum for a metric; count, firstDate, daysAfter for an event"));
        }
        if ((f.metric() != null || f.event() != null) && (f.from() == null || f.to() == null)) {
            problems.add(problem(file, lines, prefix + ".from", "a metric or event fact needs a window: from and to"));
        }
        if (f.from() != null && f.to() != null && f.to().isBefore(f.from())) {
            problems.add(problem(file, lines, prefix + ".to", "must not be before from (" + f.from() + ")"));
        }
        if ((f.relativeFrom() == null) != (f.relativeTo() == null) || f.relativeFrom() != null && f.metric() == null) {
            problems.add(problem(file, lines, prefix + ".relativeFrom", "relativeFrom and relativeTo go together, on a metric fact"));
        }
        if (f.stat() == Fact.Stat.DAYS_AFTER && f.after() == null) {
            problems.add(problem(file, lines, prefix + ".after", "daysAfter needs the event type it counts from"));
        }
        if (f.atLeast() == null && f.atMost() == null) {
            problems.add(problem(file, lines, prefix + ".atLeast", "give atLeast, atMost or both"));
        }
        for (String[] bound : new String[][] {{"atLeast", f.atLeast()}, {"atMost", f.atMost()}}) {
            if (bound[1] != null && FactBounds.parse(bound[1]) == null) {
                problems.add(problem(file, lines, prefix + "." + bound[0], "'" + bound[1] + "' is neither a number nor a date (YYYY-MM-DD)"));
            }
        }
    }

    private void checkDeclarations(List<Problem> problems, PolicyEntry entry, String prefix, Set<String> metrics,
                                   String file, Map<String, Integer> lines) {
        List<String> levers = leverNames();
        for (String lever : entry.spec().levers()) {
            if (!levers.contains(lever)) {
                problems.add(problem(file, lines, prefix + ".type", "the policy declares unknown lever '" + lever
                        + "'; levers: " + String.join(", ", levers)));
            }
        }
        for (String metric : entry.spec().reads()) {
            if (!metrics.contains(metric)) {
                problems.add(problem(file, lines, prefix + ".type", "the policy reads unknown metric '" + metric
                        + "' (is the agent that measures it in the scenario's plugins?)"));
            }
        }
    }

    private void checkTrigger(List<Problem> problems, Trigger trigger, String path, Set<String> metrics,
                              String file, Map<String, Integer> lines) {
        if (trigger == null) {
            return;
        }
        for (String unknown : trigger.unknownMetrics(metrics)) {
            problems.add(problem(file, lines, path, "unknown metric '" + unknown + "' in trigger '" + trigger.text()
                    + "'; valid metrics: " + String.join(", ", metrics)));
        }
    }

    private static <T> void addViolations(List<Problem> problems, Set<ConstraintViolation<T>> violations, String prefix,
                                          String file, Map<String, Integer> lines) {
        List<ConstraintViolation<T>> sorted = new ArrayList<>(violations);
        sorted.sort(Comparator.comparing(v -> v.getPropertyPath().toString()));
        for (ConstraintViolation<T> v : sorted) {
            String path = prefix + v.getPropertyPath();
            problems.add(problem(file, lines, path, v.getMessage()));
        }
    }

    private Problem mappingProblem(JsonMappingException e, String file, Map<String, Integer> lines) {
        String path = pathOf(e.getPath());
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            Set<String> known = new TreeSet<>();
            u.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
            if (path.matches("policies\\[\\d+\\]\\.[^.]+")) {
                known.addAll(Activation.FIELDS);
            }
            message = "unknown field '" + u.getPropertyName() + "'; valid fields: " + String.join(", ", known);
        } else if (e instanceof InvalidTypeIdException t) {
            Class<?> base = t.getBaseType().getRawClass();
            io.steppe.engine.plugin.TypeKind typeKind = AgentSpec.class.isAssignableFrom(base) ? io.steppe.engine.plugin.TypeKind.AGENT
                    : io.steppe.engine.doctrine.DoctrineSpec.class.isAssignableFrom(base) ? io.steppe.engine.plugin.TypeKind.DOCTRINE
                    : io.steppe.engine.plugin.TypeKind.POLICY;
            String kind = typeKind.label();
            String valid = String.join(", ", new TreeSet<>(registry.ofKind(typeKind).keySet()));
            path = path.isEmpty() ? "type" : path + ".type";
            message = t.getTypeId() == null
                    ? "missing 'type'; valid " + kind + " types: " + valid
                    : "unknown " + kind + " type '" + t.getTypeId() + "'; valid " + kind + " types: " + valid;
        } else if (e instanceof InvalidFormatException f) {
            message = "cannot read '" + f.getValue() + "' as " + describe(f.getTargetType());
        } else if (e instanceof ValueInstantiationException v) {
            Throwable cause = v.getCause() == null ? v : v.getCause();
            message = firstLine(cause.getMessage());
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            message = "expected " + describe(m.getTargetType()) + " (" + firstLine(m.getOriginalMessage()) + ")";
        } else {
            message = firstLine(e.getOriginalMessage());
        }
        return problem(file, lines, path, message);
    }

    /** The name an enum constant has in scenario files ({@code @JsonProperty} if given). */
    private static String jsonName(Enum<?> constant) {
        try {
            com.fasterxml.jackson.annotation.JsonProperty p = constant.getDeclaringClass().getField(constant.name())
                    .getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
            return p == null || p.value().isEmpty() ? constant.name() : p.value();
        } catch (NoSuchFieldException e) {
            return constant.name();
        }
    }

    private static String describe(Class<?> type) {
        if (type == java.time.LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(c -> jsonName((Enum<?>) c))
                    .collect(Collectors.joining(", "));
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a " + type.getSimpleName();
    }

    private static String pathOf(List<JsonMappingException.Reference> refs) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    private static Problem problem(String file, Map<String, Integer> lines, String path, String message) {
        return new Problem(file, lineOf(lines, path), path, message);
    }

    private static int lineOf(Map<String, Integer> lines, String path) {
        String pointer = "/" + path.replaceAll("\\[(\\d+)\\]", ".$1").replace('.', '/');
        if (path.isEmpty()) {
            return 0;
        }
        while (!pointer.isEmpty()) {
            Integer line = lines.get(pointer);
            if (line != null) {
                return line;
            }
            int cut = pointer.lastIndexOf('/');
            pointer = pointer.substring(0, Math.max(cut, 0));
        }
        return 0;
    }

    /** Maps every field and array element's JSON pointer to the line it starts on. */
    private static Map<String, Integer> lineMap(ObjectMapper mapper, String text) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = mapper.getFactory().createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                JsonStreamContext ctx = p.getParsingContext();
                if (t == JsonToken.FIELD_NAME) {
                    lines.putIfAbsent(ctx.pathAsPointer().toString(), p.currentTokenLocation().getLineNr());
                    continue;
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                JsonStreamContext holder = t.isStructStart() ? ctx.getParent() : ctx;
                if (holder != null && holder.inArray()) {
                    lines.putIfAbsent(holder.pathAsPointer().toString(), p.currentTokenLocation().getLineNr());
                }
            }
        }
        return lines;
    }

    private void applyOverrides(ObjectNode root, List<String> overrides) {
        if (overrides == null) {
            return;
        }
        List<Problem> problems = new ArrayList<>();
        for (String override : overrides) {
            Matcher m = SET.matcher(override);
            if (!m.matches()) {
                problems.add(new Problem("--set", 0, override, "expected path=value, e.g. policies[0].rateKztPerKwh=2"));
                continue;
            }
            String path = m.group(1);
            JsonNode value;
            try {
                value = m.group(2).isEmpty() ? yaml.getNodeFactory().nullNode() : yaml.readTree(m.group(2));
            } catch (JsonProcessingException e) {
                problems.add(new Problem("--set", 0, path, "value is not valid YAML: " + firstLine(e.getOriginalMessage())));
                continue;
            }
            String error = set(root, path, value == null ? yaml.getNodeFactory().nullNode() : value);
            if (error != null) {
                problems.add(new Problem("--set", 0, path, error));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
    }

    private static String set(ObjectNode root, String path, JsonNode value) {
        String[] segments = path.split("\\.");
        JsonNode node = root;
        for (int s = 0; s < segments.length; s++) {
            Matcher m = SEGMENT.matcher(segments[s]);
            if (!m.matches()) {
                return "cannot read path segment '" + segments[s] + "'; expected name or name[index]";
            }
            String field = m.group(1);
            List<Integer> indices = new ArrayList<>();
            Matcher idx = Pattern.compile("\\[(\\d+)\\]").matcher(m.group(2));
            while (idx.find()) {
                indices.add(Integer.parseInt(idx.group(1)));
            }
            boolean last = s == segments.length - 1;
            if (!(node instanceof ObjectNode object)) {
                return "'" + segments[s] + "' is inside something that is not a mapping";
            }
            if (last && indices.isEmpty()) {
                object.set(field, value);
                return null;
            }
            JsonNode child = object.get(field);
            if (child == null && indices.isEmpty()) {
                child = object.putObject(field);
            }
            if (child == null) {
                return "no list '" + field + "' to index";
            }
            for (int k = 0; k < indices.size(); k++) {
                int index = indices.get(k);
                if (!(child instanceof ArrayNode array)) {
                    return "'" + field + "' is not a list";
                }
                if (index >= array.size()) {
                    return "no element [" + index + "]; '" + field + "' has " + array.size();
                }
                if (last && k == indices.size() - 1) {
                    array.set(index, value);
                    return null;
                }
                child = array.get(index);
            }
            node = child;
        }
        return null;
    }

    private static String readText(Path file, String name) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw single(name, "", "no such file");
        } catch (IOException e) {
            throw single(name, "", "cannot read: " + e.getMessage());
        }
    }

    /** Parses YAML or JSON text into a tree, filling {@code lines} with the line of every field path. */
    private JsonNode readTree(String text, String file, boolean isJson, Map<String, Integer> lines) {
        ObjectMapper mapper = isJson ? json : yaml;
        try {
            lines.putAll(lineMap(mapper, text));
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ScenarioException(List.of(new Problem(file, line, "", "not valid " + (isJson ? "JSON" : "YAML")
                    + ": " + firstLine(e.getOriginalMessage()))));
        } catch (IOException e) {
            throw single(file, "", "cannot read: " + e.getMessage());
        }
    }

    private static ScenarioException single(String file, String path, String message) {
        return new ScenarioException(List.of(new Problem(file, 0, path, message)));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid value";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
