package io.steppe.engine.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.steppe.engine.Names;
import io.steppe.engine.PolicySpec;
import io.steppe.engine.Problem;
import io.steppe.engine.Section;
import io.steppe.engine.SectionContext;
import io.steppe.engine.agent.AgentSpec;
import io.steppe.engine.agent.Declaration;
import io.steppe.engine.doctrine.DoctrineSpec;
import io.steppe.engine.market.DataSources;
import io.steppe.engine.plugin.PluginRegistry;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The last job of reading a scenario: checks beyond each field's own constraints, every one a
 * {@link Problem} at a field path with a suggestion where a name is wrong. Each population's
 * declaration names only registered metrics, levers, event types and KPIs, each metric and KPI
 * has one writer, and every service a population requires is provided; each policy declares
 * registered levers and reads what the scenario's populations write; triggers, facts and
 * objectives name what the scenario makes available; data files exist.
 */
final class ScenarioChecks {
    /** The writer of the market's metrics, the lever columns and the engine's KPIs. */
    private static final String ENGINE = "the engine (market data and levers)";
    private final PluginRegistry registry;
    private final Vocabulary vocabulary;

    ScenarioChecks(PluginRegistry registry, ObjectMapper mapper) {
        this.registry = registry;
        this.vocabulary = new Vocabulary(registry, mapper);
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    /** Every problem of a scenario read without binding errors, in file order. */
    List<Problem> check(Scenario s, DocumentReader.Document doc, Path baseDir) {
        List<Problem> problems = new ArrayList<>();
        DocumentReader.validate(s, "", doc, problems);
        if (s.start() != null && s.end() != null && s.end().isBefore(s.start())) {
            problems.add(doc.problem("end", "must not be before start (" + s.start() + ")"));
        }
        List<Declaration> declarations = checkAgents(s, doc, problems);
        Vocabulary.Available available = vocabulary.available(declarations);
        for (int i = 0; i < s.policies().size(); i++) {
            checkPolicy(problems, s.policies().get(i), "policies[" + i + "]", doc, available);
        }
        checkSections(s, doc, available, problems);
        checkData(problems, s.data(), baseDir, doc);
        problems.sort(Comparator.comparingInt(Problem::line));
        return problems;
    }

    /** Checks the populations and returns the declarations of those that have one. */
    private List<Declaration> checkAgents(Scenario s, DocumentReader.Document doc, List<Problem> problems) {
        List<Declaration> declarations = new ArrayList<>();
        Map<String, String> metricWriters = new HashMap<>();
        Map<String, String> kpiWriters = new HashMap<>();
        vocabulary.engineMetrics().forEach(m -> metricWriters.put(m, ENGINE));
        vocabulary.engineKpis().forEach(k -> kpiWriters.put(k, ENGINE));
        Map<Class<?>, String> providers = new LinkedHashMap<>();
        for (int i = 0; i < s.agents().size(); i++) {
            AgentSpec agent = s.agents().get(i);
            String path = "agents[" + i + "]";
            if (agent == null) {
                problems.add(doc.problem(path, "must be a mapping with a type"));
                continue;
            }
            DocumentReader.validate(agent, path, doc, problems);
            Declaration d = agent.declaration();
            declarations.add(d);
            String who = path + " (" + registry.typeName(agent) + ")";
            String typePath = path + ".type";
            Set<String> byDoctrine = checkDoctrines(agent, path, doc, problems);
            registered(problems, doc, typePath, who, "reads metric", without(d.readsMetrics(), byDoctrine), vocabulary.columns(), "metrics");
            registered(problems, doc, typePath, who, "reads event type", without(d.readsEvents(), byDoctrine), vocabulary.events(),
                    "event types");
            registered(problems, doc, typePath, who, "reads lever", d.readsLevers(), vocabulary.levers(), "levers");
            registered(problems, doc, typePath, who, "writes metric", d.writesMetrics(), vocabulary.metrics(), "metrics");
            registered(problems, doc, typePath, who, "emits event type", d.emitsEvents(), vocabulary.events(), "event types");
            registered(problems, doc, typePath, who, "computes KPI", d.kpis(), vocabulary.kpis(), "KPIs");
            oneWriter(problems, doc, path, who, "metric", d.writesMetrics(), metricWriters);
            oneWriter(problems, doc, path, who, "KPI", d.kpis(), kpiWriters);
            for (Class<?> service : d.provides()) {
                String previous = providers.putIfAbsent(service, who);
                if (previous != null) {
                    problems.add(doc.problem(path, who + " provides " + service.getSimpleName() + ", which " + previous
                            + " provides too; a scenario has one of each"));
                }
            }
        }
        for (int i = 0; i < s.agents().size(); i++) {
            AgentSpec agent = s.agents().get(i);
            if (agent == null) {
                continue;
            }
            for (Class<?> service : agent.declaration().requires()) {
                if (!providers.containsKey(service)) {
                    List<String> types = vocabulary.providers(service);
                    problems.add(doc.problem("agents[" + i + "]", registry.typeName(agent) + " needs a " + service.getSimpleName()
                            + ", which no agent of this scenario provides" + (types.isEmpty() ? "; no registered agent type provides one"
                            : "; add an agent of type " + String.join(" or ", types) + " to agents")));
                }
            }
        }
        if (problems.isEmpty()) {
            try {
                Wiring.installOrder(declarations);
            } catch (IllegalArgumentException e) {
                problems.add(doc.problem("agents", e.getMessage()));
            }
        }
        return declarations;
    }

    /**
     * Checks the doctrines a population hosts (its spec's components that are doctrine specs, such
     * as the government's {@code doctrine}) at their own path: the levers they pull and what they
     * read must be registered. Returns the unknown names it reported, which the population's
     * declaration (holding its doctrine's reads) need not report again.
     */
    private Set<String> checkDoctrines(AgentSpec agent, String path, DocumentReader.Document doc, List<Problem> problems) {
        Set<String> reported = new HashSet<>();
        if (!agent.getClass().isRecord()) {
            return reported;
        }
        for (RecordComponent c : agent.getClass().getRecordComponents()) {
            if (!(value(c, agent) instanceof DoctrineSpec doctrine)) {
                continue;
            }
            String where = path + "." + c.getName() + ".type";
            String who = path + "." + c.getName() + " (" + registry.typeName(doctrine) + ")";
            registered(problems, doc, where, who, "pulls lever", doctrine.levers(), vocabulary.levers(), "levers");
            registered(problems, doc, where, who, "reads metric", doctrine.reads(), vocabulary.columns(), "metrics");
            registered(problems, doc, where, who, "reads event type", doctrine.readsEvents(), vocabulary.events(), "event types");
            doctrine.reads().stream().filter(m -> !vocabulary.columns().contains(m)).forEach(reported::add);
            doctrine.readsEvents().stream().filter(e -> !vocabulary.events().contains(e)).forEach(reported::add);
        }
        return reported;
    }

    private static Object value(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static List<String> without(List<String> names, Set<String> reported) {
        return names.stream().filter(n -> !reported.contains(n)).toList();
    }

    private static void registered(List<Problem> problems, DocumentReader.Document doc, String path, String who, String what,
                                   List<String> names, Set<String> valid, String kind) {
        for (String name : names) {
            if (!valid.contains(name)) {
                problems.add(doc.problem(path, who + " " + what + " '" + name + "', which no module registers"
                        + Names.suggest(name, valid, kind) + " (is the plugin that registers it in --plugins?)"));
            }
        }
    }

    private static void oneWriter(List<Problem> problems, DocumentReader.Document doc, String path, String who, String what,
                                  List<String> names, Map<String, String> writers) {
        for (String name : names) {
            String previous = writers.putIfAbsent(name, who);
            if (previous != null) {
                problems.add(doc.problem(path, who + " writes " + what + " '" + name + "', which " + previous
                        + " writes too; each " + what + " has one writer"));
            }
        }
    }

    /**
     * The checks of one policy entry, wherever it is listed (a scenario's policies, a player's
     * moves): its fields, its activation, its declared levers and reads, and its triggers.
     */
    void checkPolicy(List<Problem> problems, PolicyEntry entry, String prefix, DocumentReader.Document doc,
                     Vocabulary.Available available) {
        if (entry == null || entry.spec() == null) {
            problems.add(doc.problem(prefix, "must be a mapping with a type"));
            return;
        }
        DocumentReader.validate(entry.spec(), prefix, doc, problems);
        Activation a = entry.activation();
        DocumentReader.validate(a, prefix, doc, problems);
        if (a.start() != null && a.end() != null && a.end().isBefore(a.start())) {
            problems.add(doc.problem(prefix + ".end", "must not be before start (" + a.start() + ")"));
        }
        if (a.when() == null && a.until() != null) {
            problems.add(doc.problem(prefix + ".until", "needs 'when': 'until' ends what 'when' switched on"));
        }
        if (a.byDoctrine() && a.when() != null) {
            problems.add(doc.problem(prefix + ".when", "not allowed with 'control: doctrine': the government decides when"));
        } else if (a.when() == null && a.minDays() != null && !a.byDoctrine()) {
            problems.add(doc.problem(prefix + ".minDays", "needs 'when' or 'control: doctrine': only a switched policy has a minimum duration"));
        }
        PolicySpec spec = entry.spec();
        String type = registry.typeName(spec);
        for (String lever : spec.levers()) {
            if (!vocabulary.levers().contains(lever)) {
                problems.add(doc.problem(prefix + ".type", type + " declares " + vocabulary.missing(Vocabulary.Kind.LEVER, lever,
                        vocabulary.levers())));
            }
        }
        for (String metric : spec.reads()) {
            if (!available.metrics().contains(metric)) {
                problems.add(doc.problem(prefix + ".type", type + " reads " + vocabulary.missing(Vocabulary.Kind.METRIC, metric,
                        available.metrics())));
            }
        }
        for (String event : spec.readsEvents()) {
            if (!available.events().contains(event)) {
                problems.add(doc.problem(prefix + ".type", type + " reads " + vocabulary.missing(Vocabulary.Kind.EVENT, event,
                        available.events())));
            }
        }
        checkTrigger(problems, a.when(), prefix + ".when", doc, available);
        checkTrigger(problems, a.until(), prefix + ".until", doc, available);
    }

    private void checkTrigger(List<Problem> problems, Trigger trigger, String path, DocumentReader.Document doc,
                              Vocabulary.Available available) {
        if (trigger == null) {
            return;
        }
        for (String unknown : trigger.unknownMetrics(available.metrics())) {
            problems.add(doc.problem(path, vocabulary.missing(Vocabulary.Kind.METRIC, unknown, available.metrics(),
                    " in trigger '" + trigger.text() + "'")));
        }
    }

    private void checkSections(Scenario s, DocumentReader.Document doc, Vocabulary.Available available, List<Problem> problems) {
        for (Section<?> section : registry.sections()) {
            Object value = s.sections().get(section.name());
            if (value == null) {
                continue;
            }
            if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    DocumentReader.validate(list.get(i), section.name() + "[" + i + "]", doc, problems);
                }
            } else {
                DocumentReader.validate(value, section.name(), doc, problems);
            }
            runCheck(section, value, context(s, section.name(), doc, available, problems));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void runCheck(Section<T> section, Object value, SectionContext context) {
        section.check().check((T) value, context);
    }

    private SectionContext context(Scenario s, String section, DocumentReader.Document doc, Vocabulary.Available available,
                                   List<Problem> problems) {
        Function<String, String> under = path -> path.isEmpty() ? section : path.startsWith("[") ? section + path : section + "." + path;
        return new SectionContext() {
            @Override
            public LocalDate start() {
                return s.start();
            }

            @Override
            public LocalDate end() {
                return s.end();
            }

            @Override
            public Set<String> metrics() {
                return available.metrics();
            }

            @Override
            public Set<String> kpis() {
                return available.kpis();
            }

            @Override
            public Set<String> events() {
                return available.events();
            }

            @Override
            public Set<String> levers() {
                return vocabulary.levers();
            }

            @Override
            public boolean requireMetric(String path, String name) {
                return require(Vocabulary.Kind.METRIC, path, name, available.metrics());
            }

            @Override
            public boolean requireKpi(String path, String name) {
                return require(Vocabulary.Kind.KPI, path, name, available.kpis());
            }

            @Override
            public boolean requireEvent(String path, String name) {
                return require(Vocabulary.Kind.EVENT, path, name, available.events());
            }

            @Override
            public boolean requireLever(String path, String name) {
                return require(Vocabulary.Kind.LEVER, path, name, vocabulary.levers());
            }

            private boolean require(Vocabulary.Kind kind, String path, String name, Set<String> valid) {
                if (name != null && valid.contains(name)) {
                    return true;
                }
                problem(path, vocabulary.missing(kind, name, valid));
                return false;
            }

            @Override
            public void problem(String path, String message) {
                problems.add(doc.problem(under.apply(path), message));
            }
        };
    }

    private static void checkData(List<Problem> problems, DataSources data, Path baseDir, DocumentReader.Document doc) {
        if (data == null) {
            return;
        }
        for (Map.Entry<String, String> e : data.files().entrySet()) {
            String value = e.getValue();
            if (value == null || value.isBlank()) {
                continue;
            }
            String path = "data." + e.getKey();
            if (value.startsWith(DataSources.CLASSPATH)) {
                String resource = value.substring(DataSources.CLASSPATH.length());
                if (Thread.currentThread().getContextClassLoader().getResource(resource) == null) {
                    problems.add(doc.problem(path, "no built-in data '" + resource + "'"));
                }
            } else {
                Path resolved = baseDir == null ? Path.of(value) : baseDir.resolve(value);
                if (!Files.isRegularFile(resolved)) {
                    problems.add(doc.problem(path, "file not found: " + resolved));
                }
            }
        }
    }
}
