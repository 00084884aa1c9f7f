package io.steppe.engine.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.plugin.TypeRegistration;

/**
 * The strict Jackson mappers for scenario files. Polymorphic types are resolved only through the
 * names registered by plugins ({@link NamedType}); default typing and class names are never used.
 */
public final class Mappers {
    private Mappers() {
    }

    /** A strict YAML mapper knowing the registry's type names. */
    public static ObjectMapper yaml(PluginRegistry registry) {
        YAMLFactory factory = YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .disable(YAMLGenerator.Feature.USE_NATIVE_TYPE_ID)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return configure(YAMLMapper.builder(factory), registry);
    }

    /** A strict JSON mapper knowing the registry's type names. */
    public static ObjectMapper json(PluginRegistry registry) {
        return configure(JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(JsonParser.Feature.ALLOW_COMMENTS), registry);
    }

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> M configure(B builder, PluginRegistry registry) {
        builder.addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(SerializationFeature.INDENT_OUTPUT);
        M mapper = builder.build();
        if (registry != null) {
            for (TypeRegistration r : registry.agents().values()) {
                mapper.registerSubtypes(new NamedType(r.specClass(), r.name()));
            }
            for (TypeRegistration r : registry.policies().values()) {
                mapper.registerSubtypes(new NamedType(r.specClass(), r.name()));
            }
            for (TypeRegistration r : registry.doctrines().values()) {
                mapper.registerSubtypes(new NamedType(r.specClass(), r.name()));
            }
        }
        return mapper;
    }
}
