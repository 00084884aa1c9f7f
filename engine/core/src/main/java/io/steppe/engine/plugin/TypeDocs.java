package io.steppe.engine.plugin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.steppe.engine.Describe;
import io.steppe.engine.PolicySpec;
import io.steppe.engine.agent.AgentSpec;
import io.steppe.engine.agent.Declaration;
import io.steppe.engine.doctrine.DoctrineSpec;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Documentation of a registered type read from its spec record: one line from {@link Describe} on
 * the class, and for each parameter its type, unit, default and source. Defaults are found by
 * reading an entry that gives only the type name, so they are exactly what the code fills in.
 */
public final class TypeDocs {

    /** One parameter of a spec. */
    public record Param(String name, String type, String unit, String defaultValue, String doc, String source) {
    }

    /**
     * A documented type. For policies and doctrines, {@code levers}, {@code reads} and (policies)
     * {@code purpose} come from the spec with its defaults; for agents, {@code declaration} does
     * (empty when the spec has required parameters).
     */
    public record Doc(TypeKind kind, String name, String doc, List<Param> params, String module, List<String> levers,
                      List<String> reads, String purpose, Declaration declaration) {
    }

    private TypeDocs() {
    }

    /**
     * The spec of a registered agent, policy or doctrine type with every parameter at its default,
     * or null when some parameter is required.
     */
    public static Object defaults(TypeRegistration r, ObjectMapper mapper) {
        Class<?> base = switch (r.kind()) {
            case AGENT -> AgentSpec.class;
            case DOCTRINE -> DoctrineSpec.class;
            case POLICY -> PolicySpec.class;
            default -> throw new IllegalArgumentException(r.kind().label() + " '" + r.name() + "' is not a type");
        };
        try {
            return mapper.readValue("{\"type\":\"" + r.name() + "\"}", base);
        } catch (Exception e) {
            return null;
        }
    }

    /** Documents a registered agent, policy or doctrine type. */
    public static Doc of(TypeRegistration r, ObjectMapper mapper) {
        Class<?> spec = r.specClass();
        Describe classDoc = spec.getAnnotation(Describe.class);
        Object defaults = defaults(r, mapper);
        List<Param> params = new ArrayList<>();
        if (spec.isRecord()) {
            for (RecordComponent c : spec.getRecordComponents()) {
                Describe d = c.getAnnotation(Describe.class);
                params.add(new Param(c.getName(), c.getType().getSimpleName(), d == null ? "" : d.unit(),
                        defaultOf(c, defaults, mapper), d == null ? "" : d.value(), d == null ? "" : d.source()));
            }
        }
        List<String> levers = List.of();
        List<String> reads = List.of();
        String purpose = "";
        Declaration declaration = null;
        if (defaults instanceof PolicySpec policy) {
            levers = policy.levers();
            reads = policy.reads();
            purpose = policy.purpose().label();
        } else if (defaults instanceof DoctrineSpec doctrine) {
            levers = doctrine.levers();
            reads = doctrine.reads();
        } else if (defaults instanceof AgentSpec agent) {
            declaration = agent.declaration();
        }
        return new Doc(r.kind(), r.name(), classDoc == null ? "(undocumented)" : classDoc.value(), params, r.module(), levers,
                reads, purpose, declaration);
    }

    private static String defaultOf(RecordComponent c, Object defaults, ObjectMapper mapper) {
        if (defaults == null) {
            return "required";
        }
        try {
            Object v = c.getAccessor().invoke(defaults);
            return v == null ? "required"
                    : v instanceof DoctrineSpec ? mapper.valueToTree(v).path("type").asText()
                    : String.valueOf(v);
        } catch (ReflectiveOperationException e) {
            return "?";
        }
    }
}
