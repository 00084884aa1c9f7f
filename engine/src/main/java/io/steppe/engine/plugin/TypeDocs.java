package io.steppe.engine.plugin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.steppe.engine.Describe;
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
     * A documented type. For policies, {@code levers}, {@code reads} and {@code purpose} come from
     * the spec with its defaults (empty when the spec has required parameters).
     */
    public record Doc(TypeKind kind, String name, String doc, List<Param> params, String module, List<String> levers,
                      List<String> reads, String purpose) {
    }

    private TypeDocs() {
    }

    /** Documents a registered agent, policy or doctrine type. */
    public static Doc of(TypeRegistration r, ObjectMapper mapper) {
        Class<?> spec = r.specClass();
        Describe classDoc = spec.getAnnotation(Describe.class);
        Object defaults = null;
        try {
            Class<?> base = switch (r.kind()) {
                case AGENT -> io.steppe.engine.AgentSpec.class;
                case DOCTRINE -> io.steppe.engine.doctrine.DoctrineSpec.class;
                default -> io.steppe.engine.PolicySpec.class;
            };
            defaults = mapper.readValue("{\"type\":\"" + r.name() + "\"}", base);
        } catch (Exception e) {
            defaults = null;
        }
        List<Param> params = new ArrayList<>();
        if (spec.isRecord()) {
            for (RecordComponent c : spec.getRecordComponents()) {
                Describe d = c.getAnnotation(Describe.class);
                String def = "required";
                if (defaults != null) {
                    try {
                        Object v = c.getAccessor().invoke(defaults);
                        def = v == null ? "required"
                                : v instanceof io.steppe.engine.doctrine.DoctrineSpec ? mapper.valueToTree(v).path("type").asText()
                                : String.valueOf(v);
                    } catch (ReflectiveOperationException e) {
                        def = "?";
                    }
                }
                params.add(new Param(c.getName(), c.getType().getSimpleName(), d == null ? "" : d.unit(), def,
                        d == null ? "" : d.value(), d == null ? "" : d.source()));
            }
        }
        List<String> levers = List.of();
        List<String> reads = List.of();
        String purpose = "";
        if (defaults instanceof io.steppe.engine.PolicySpec policy) {
            levers = policy.levers();
            reads = policy.reads();
            purpose = policy.purpose().label();
        }
        return new Doc(r.kind(), r.name(), classDoc == null ? "(undocumented)" : classDoc.value(), params, r.module(), levers,
                reads, purpose);
    }
}
