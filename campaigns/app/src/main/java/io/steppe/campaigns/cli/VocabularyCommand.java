package io.steppe.campaigns.cli;

import io.steppe.engine.EventInfo;
import io.steppe.engine.KpiInfo;
import io.steppe.engine.LeverInfo;
import io.steppe.engine.MetricInfo;
import io.steppe.engine.PolicySpec;
import io.steppe.engine.doctrine.DoctrineSpec;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.plugin.TypeDocs;
import io.steppe.engine.plugin.TypeKind;
import io.steppe.engine.plugin.TypeRegistration;
import io.steppe.engine.run.Numbers;
import io.steppe.engine.scenario.Mappers;
import io.steppe.engine.scenario.Vocabulary;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code steppe metrics}, {@code steppe levers}, {@code steppe events}, {@code steppe kpis}: every
 * registered name of a kind with its unit, the module that registered it, the agent types that
 * write (emit, compute, read) it and its documentation.
 */
abstract class VocabularyCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    abstract TypeKind kind();

    abstract void print(PrintWriter out, TypeRegistration r, Vocabulary vocabulary, PluginRegistry registry);

    @Override
    public Integer call() {
        PluginRegistry registry = common.registry();
        Vocabulary vocabulary = new Vocabulary(registry, Mappers.yaml(registry));
        PrintWriter out = spec.commandLine().getOut();
        if (registry.ofKind(kind()).isEmpty()) {
            out.println("no " + kind().label() + " registered");
        }
        for (TypeRegistration r : registry.ofKind(kind()).values()) {
            print(out, r, vocabulary, registry);
        }
        out.flush();
        return 0;
    }

    static String owner(TypeRegistration r) {
        String module = r.module();
        return module.substring(module.lastIndexOf('.') + 1);
    }

    static String list(List<String> names) {
        return names.isEmpty() ? "-" : String.join(", ", names);
    }

    /** {@code steppe metrics}. */
    @Command(name = "metrics", mixinStandardHelpOptions = true,
            description = "List every registered metric (a column of timeseries.csv): unit, registering module, the agent types that write it, meaning.")
    static final class Metrics extends VocabularyCommand {
        @Override
        TypeKind kind() {
            return TypeKind.METRIC;
        }

        @Override
        void print(PrintWriter out, TypeRegistration r, Vocabulary vocabulary, PluginRegistry registry) {
            MetricInfo m = r.metric();
            List<String> writers = vocabulary.agentTypes(Vocabulary.Kind.METRIC, m.name());
            out.printf("%-32s %-16s %-26s written by: %s%n    %s%n", m.name(), "[" + m.unit() + "]", owner(r),
                    writers.isEmpty() ? (r.module().endsWith("EngineModule") ? "the engine (market data)" : "-") : list(writers), m.doc());
        }
    }

    /** {@code steppe levers}. */
    @Command(name = "levers", mixinStandardHelpOptions = true,
            description = "List every registered lever: unit, baseline, how values combine, registering module, who reads and sets it, meaning and source.")
    static final class Levers extends VocabularyCommand {
        @Override
        TypeKind kind() {
            return TypeKind.LEVER;
        }

        @Override
        void print(PrintWriter out, TypeRegistration r, Vocabulary vocabulary, PluginRegistry registry) {
            LeverInfo l = r.lever();
            var mapper = Mappers.yaml(registry);
            List<String> setBy = new ArrayList<>();
            for (TypeRegistration p : registry.policies().values()) {
                if (TypeDocs.defaults(p, mapper) instanceof PolicySpec spec && spec.levers().contains(l.name())) {
                    setBy.add(p.name());
                }
            }
            for (TypeRegistration d : registry.doctrines().values()) {
                if (TypeDocs.defaults(d, mapper) instanceof DoctrineSpec spec && spec.levers().contains(l.name())) {
                    setBy.add(d.name() + " (doctrine)");
                }
            }
            out.printf("%-34s %-14s baseline %-6s %-4s %-24s%n    read by: %s; set by: %s%n    %s%s%n", l.name(), "[" + l.unit() + "]",
                    Double.isNaN(l.baseline()) ? "none" : Numbers.format(l.baseline()), l.combine().name().toLowerCase(Locale.ROOT), owner(r),
                    list(vocabulary.agentTypes(Vocabulary.Kind.LEVER, l.name())), list(setBy), l.doc(),
                    l.source().isEmpty() ? "" : " (source: " + l.source() + ")");
        }
    }

    /** {@code steppe events}. */
    @Command(name = "events", mixinStandardHelpOptions = true,
            description = "List every registered event type: its fields, registering module, the agent types that emit it, meaning.")
    static final class Events extends VocabularyCommand {
        @Override
        TypeKind kind() {
            return TypeKind.EVENT;
        }

        @Override
        void print(PrintWriter out, TypeRegistration r, Vocabulary vocabulary, PluginRegistry registry) {
            EventInfo e = r.event();
            List<String> emitters = new ArrayList<>(vocabulary.agentTypes(Vocabulary.Kind.EVENT, e.name()));
            registry.levers().stream().filter(l -> e.name().equals(l.switchEvent())).forEach(l -> emitters.add("the engine (lever " + l.name() + ")"));
            if (r.module().endsWith("EngineModule")) {
                emitters.add("the engine (policy runner)");
            }
            out.printf("%-24s fields: %-60s %-26s emitted by: %s%n    %s%n", e.name(), list(e.fields()), owner(r), list(emitters), e.doc());
        }
    }

    /** {@code steppe kpis}. */
    @Command(name = "kpis", mixinStandardHelpOptions = true,
            description = "List every registered KPI of summary.json: unit, registering module, the agent types that compute it, meaning.")
    static final class Kpis extends VocabularyCommand {
        @Override
        TypeKind kind() {
            return TypeKind.KPI;
        }

        @Override
        void print(PrintWriter out, TypeRegistration r, Vocabulary vocabulary, PluginRegistry registry) {
            KpiInfo k = r.kpi();
            List<String> by = vocabulary.agentTypes(Vocabulary.Kind.KPI, k.name());
            out.printf("%-32s %-20s %-26s computed by: %s%n    %s%n", k.name(), "[" + k.unit() + "]", owner(r),
                    by.isEmpty() ? (r.module().endsWith("EngineModule") ? "the engine (market data)" : "-") : list(by), k.doc());
        }
    }
}
