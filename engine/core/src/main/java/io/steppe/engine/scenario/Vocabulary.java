package io.steppe.engine.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.steppe.engine.LeverInfo;
import io.steppe.engine.Names;
import io.steppe.engine.agent.AgentSpec;
import io.steppe.engine.agent.Declaration;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.plugin.TypeDocs;
import io.steppe.engine.plugin.TypeKind;
import io.steppe.engine.plugin.TypeRegistration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The names a run can use: those registered (metrics, levers, event types, KPIs), those the engine
 * itself writes whatever the scenario (the market's columns and KPIs, every lever's column, the
 * policy runner's events and the levers' switch events), and those a scenario's populations make
 * available by declaring them. It also knows, from each registered agent type's declaration with
 * its defaults, which type writes or provides what, so a message can say which agent to add.
 */
public final class Vocabulary {
    private static final String ENGINE_MODULE = "io.steppe.engine.run.EngineModule";

    private final PluginRegistry registry;
    private final Set<String> metrics;
    private final Set<String> levers;
    private final Set<String> events;
    private final Set<String> kpis;
    private final Set<String> engineMetrics = new LinkedHashSet<>();
    private final Set<String> engineEvents = new LinkedHashSet<>();
    private final Set<String> engineKpis = new LinkedHashSet<>();
    private final Map<String, Declaration> defaults = new LinkedHashMap<>();

    /** The registry's vocabulary; agent types' defaults are read with {@code mapper}. */
    public Vocabulary(PluginRegistry registry, ObjectMapper mapper) {
        this.registry = registry;
        this.metrics = names(TypeKind.METRIC);
        this.levers = names(TypeKind.LEVER);
        this.events = names(TypeKind.EVENT);
        this.kpis = names(TypeKind.KPI);
        for (TypeKind kind : List.of(TypeKind.METRIC, TypeKind.EVENT, TypeKind.KPI)) {
            for (TypeRegistration r : registry.ofKind(kind).values()) {
                if (r.module().equals(ENGINE_MODULE)) {
                    (kind == TypeKind.METRIC ? engineMetrics : kind == TypeKind.EVENT ? engineEvents : engineKpis).add(r.name());
                }
            }
        }
        for (LeverInfo lever : registry.levers()) {
            engineMetrics.add(lever.name());
            if (lever.switchEvent() != null) {
                engineEvents.add(lever.switchEvent());
            }
        }
        for (TypeRegistration r : registry.agents().values()) {
            if (TypeDocs.defaults(r, mapper) instanceof AgentSpec agent) {
                try {
                    defaults.put(r.name(), agent.declaration());
                } catch (RuntimeException e) {
                    // a type whose declaration needs parameters is left out of the hints
                }
            }
        }
    }

    private Set<String> names(TypeKind kind) {
        return new TreeSet<>(registry.ofKind(kind).keySet());
    }

    /** Registered metrics (without the levers' columns). */
    public Set<String> metrics() {
        return metrics;
    }

    /** Registered levers. */
    public Set<String> levers() {
        return levers;
    }

    /** Registered event types. */
    public Set<String> events() {
        return events;
    }

    /** Registered KPIs. */
    public Set<String> kpis() {
        return kpis;
    }

    /** Every column of timeseries.csv: metrics and levers. */
    public Set<String> columns() {
        Set<String> all = new TreeSet<>(metrics);
        all.addAll(levers);
        return all;
    }

    /** The columns the engine itself writes in every run: the market's metrics and every lever. */
    public Set<String> engineMetrics() {
        return Collections.unmodifiableSet(engineMetrics);
    }

    /** The KPIs the engine itself computes in every run. */
    public Set<String> engineKpis() {
        return Collections.unmodifiableSet(engineKpis);
    }

    /** The names a scenario's populations (with the engine's) make available. */
    public record Available(Set<String> metrics, Set<String> events, Set<String> kpis) {
    }

    /** What the engine and these populations write, emit and compute. */
    public Available available(Collection<Declaration> populations) {
        Set<String> m = new TreeSet<>(engineMetrics);
        Set<String> e = new TreeSet<>(engineEvents);
        Set<String> k = new TreeSet<>(engineKpis);
        for (Declaration d : populations) {
            m.addAll(d.writesMetrics());
            e.addAll(d.emitsEvents());
            k.addAll(d.kpis());
        }
        return new Available(m, e, k);
    }

    /** A kind of name, for messages. */
    public enum Kind {
        /** A daily metric (or a lever's column). */
        METRIC("metric", "metrics", "writes", "written"),
        /** An event type. */
        EVENT("event type", "event types", "emits", "emitted"),
        /** A KPI. */
        KPI("KPI", "KPIs", "computes", "computed"),
        /** A lever. */
        LEVER("lever", "levers", "reads", "read");

        private final String one;
        private final String many;
        private final String verb;
        private final String done;

        Kind(String one, String many, String verb, String done) {
            this.one = one;
            this.many = many;
            this.verb = verb;
            this.done = done;
        }
    }

    /**
     * The message about a name that is not available: for a registered name, which agent types
     * would make it available; for an unknown one, a suggestion and the valid names.
     *
     * @param valid the names that are available where it was used
     */
    public String missing(Kind kind, String name, Set<String> valid) {
        return missing(kind, name, valid, "");
    }

    /** As {@link #missing(Kind, String, Set)}, with where it was used after the name (" in trigger '...'"). */
    public String missing(Kind kind, String name, Set<String> valid, String where) {
        Set<String> registered = switch (kind) {
            case METRIC -> columns();
            case EVENT -> events;
            case KPI -> kpis;
            case LEVER -> levers;
        };
        if (!registered.contains(name)) {
            List<String> close = Names.closest(name, registered);
            String listed = valid.isEmpty() ? "no " + kind.many + " are available" : "valid " + kind.many + ": " + String.join(", ", new TreeSet<>(valid));
            if (close.isEmpty()) {
                return "unknown " + kind.one + " '" + name + "'" + where + "; " + listed;
            }
            List<String> hints = new ArrayList<>();
            for (String c : close) {
                List<String> types = makers(kind, c);
                hints.add(valid.contains(c) || types.isEmpty() ? c : c + " (" + kind.done + " by agents of type " + String.join(" or ", types)
                        + ", none in this scenario)");
            }
            return "unknown " + kind.one + " '" + name + "'" + where + "; did you mean " + String.join(" or ", hints) + "? "
                    + Character.toUpperCase(listed.charAt(0)) + listed.substring(1);
        }
        List<String> types = makers(kind, name);
        return kind.one + " '" + name + "'" + where + " is one no agent of this scenario " + kind.verb
                + (types.isEmpty() ? "" : "; agents of type " + String.join(" or ", types) + " do (add one to agents)");
    }

    /**
     * The agent types whose declarations (with their defaults) write a metric, emit an event type,
     * compute a KPI or read a lever.
     */
    public List<String> agentTypes(Kind kind, String name) {
        return makers(kind, name);
    }

    /** The agent types whose declarations (with defaults) write, emit or compute a name. */
    private List<String> makers(Kind kind, String name) {
        Function<Declaration, Collection<String>> of = switch (kind) {
            case EVENT -> Declaration::emitsEvents;
            case KPI -> Declaration::kpis;
            case LEVER -> Declaration::readsLevers;
            default -> Declaration::writesMetrics;
        };
        List<String> types = new ArrayList<>();
        defaults.forEach((type, d) -> {
            if (of.apply(d).contains(name)) {
                types.add(type);
            }
        });
        return types;
    }

    /** The agent types that provide a service (by their declarations with defaults). */
    public List<String> providers(Class<?> service) {
        List<String> types = new ArrayList<>();
        defaults.forEach((type, d) -> {
            if (d.provides().contains(service)) {
                types.add(type);
            }
        });
        return types;
    }
}
