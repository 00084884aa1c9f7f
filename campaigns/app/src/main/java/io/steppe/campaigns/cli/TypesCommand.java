package io.steppe.campaigns.cli;

import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.plugin.TypeDocs;
import io.steppe.engine.plugin.TypeKind;
import io.steppe.engine.plugin.TypeRegistration;
import io.steppe.engine.scenario.Mappers;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code steppe agents}, {@code steppe policies}, {@code steppe doctrines}: every registered type with its parameters. */
abstract class TypesCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    abstract TypeKind kind();

    @Override
    public Integer call() {
        PluginRegistry registry = common.registry();
        var mapper = Mappers.yaml(registry);
        PrintWriter out = spec.commandLine().getOut();
        if (registry.ofKind(kind()).isEmpty()) {
            out.println("no " + kind().label() + " types registered");
        }
        for (TypeRegistration r : registry.ofKind(kind()).values()) {
            TypeDocs.Doc doc = TypeDocs.of(r, mapper);
            out.printf("%s — %s%n", doc.name(), doc.doc());
            out.printf("  module: %s%n", doc.module());
            if (kind() == TypeKind.POLICY) {
                out.printf("  purpose: %s; levers: %s; reads: %s%n", doc.purpose(), String.join(", ", doc.levers()),
                        doc.reads().isEmpty() ? "-" : String.join(", ", doc.reads()));
            } else if (kind() == TypeKind.DOCTRINE) {
                out.printf("  levers: %s; reads: %s%n", String.join(", ", doc.levers()), doc.reads().isEmpty() ? "-" : String.join(", ", doc.reads()));
            } else if (doc.declaration() != null) {
                printDeclaration(out, doc.declaration());
            }
            for (TypeDocs.Param p : doc.params()) {
                out.printf("  %-26s %-8s default %-10s %s%s%s%n", p.name(), p.type(), p.defaultValue(),
                        p.unit().isEmpty() ? "" : "[" + p.unit() + "] ", p.doc(),
                        p.source().isEmpty() ? "" : " (source: " + p.source() + ")");
            }
            out.println();
        }
        out.flush();
        return 0;
    }

    /** An agent type's declaration with its defaults: what it reads, writes, emits, computes and shares. */
    private static void printDeclaration(PrintWriter out, io.steppe.engine.agent.Declaration d) {
        line(out, "reads levers", d.readsLevers());
        line(out, "reads metrics", d.readsMetrics());
        line(out, "reads events", d.readsEvents());
        line(out, "writes metrics", d.writesMetrics());
        line(out, "emits events", d.emitsEvents());
        line(out, "computes KPIs", d.kpis());
        line(out, "provides", d.provides().stream().map(Class::getSimpleName).toList());
        line(out, "requires", d.requires().stream().map(Class::getSimpleName).toList());
        line(out, "uses if present", d.uses().stream().map(Class::getSimpleName).toList());
    }

    private static void line(PrintWriter out, String what, java.util.List<String> names) {
        if (!names.isEmpty()) {
            out.printf("  %s: %s%n", what, String.join(", ", names));
        }
    }

    /** {@code steppe agents}. */
    @Command(name = "agents", mixinStandardHelpOptions = true,
            description = "List every registered agent type with its parameters, units, defaults and docs.")
    static final class Agents extends TypesCommand {
        @Override
        TypeKind kind() {
            return TypeKind.AGENT;
        }
    }

    /** {@code steppe policies}. */
    @Command(name = "policies", mixinStandardHelpOptions = true,
            description = "List every registered policy type with its parameters, units, defaults, purpose, the levers it pulls and what it reads.")
    static final class Policies extends TypesCommand {
        @picocli.CommandLine.Option(names = "--markdown",
                description = "Print the policy reference as Markdown (this is how docs/policies.md is generated).")
        boolean markdown;

        @Override
        TypeKind kind() {
            return TypeKind.POLICY;
        }

        @Override
        public Integer call() {
            if (!markdown) {
                return super.call();
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(PolicyDocs.markdown(common.registry()));
            out.flush();
            return 0;
        }
    }

    /** {@code steppe doctrines}. */
    @Command(name = "doctrines", mixinStandardHelpOptions = true,
            description = "List every registered government doctrine with its parameters, units, defaults and docs.")
    static final class Doctrines extends TypesCommand {
        @Override
        TypeKind kind() {
            return TypeKind.DOCTRINE;
        }
    }
}
