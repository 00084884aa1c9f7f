package io.steppe.engine.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.IgnoredPropertyException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.steppe.engine.Names;
import io.steppe.engine.Problem;
import io.steppe.engine.ScenarioException;
import io.steppe.engine.agent.AgentSpec;
import io.steppe.engine.doctrine.DoctrineSpec;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.plugin.TypeKind;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The first job of reading a scenario, a moves or a sweep file: its text (from a file or the
 * classpath) parsed strictly into a tree that remembers the line of every field path, bound to
 * records with every binding error turned into a {@link Problem} that names the file, the line,
 * the field path and what is allowed, and the records' field constraints checked the same way.
 */
public final class DocumentReader {
    private static final ValidatorFactory VALIDATORS = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();

    private final PluginRegistry registry;
    private final ObjectMapper yaml;
    private final ObjectMapper json;

    /** A reader that knows the registry's type names. */
    public DocumentReader(PluginRegistry registry) {
        this.registry = registry;
        this.yaml = Mappers.yaml(registry);
        this.json = Mappers.json(registry);
    }

    /**
     * Where a path of a merged scenario was written: the file, its lines, and the path there.
     *
     * @param file the file or resource
     * @param lines the line of every field path of that file, as JSON pointers
     * @param path the path in that file ({@code addAgents[0]}, {@code set.agents[5].doctrine}, or a
     *     path of the file's own scenario, "" for its root)
     */
    public record Origin(String file, Map<String, Integer> lines, String path) {
        private static final String SET = "set.";

        /** The problem at {@code rest} below this origin's path, with its line where known. */
        Problem problem(String rest, String message) {
            String inFile = path + rest;
            // A key of 'set' is one YAML key however many dots it holds.
            Integer setLine = path.startsWith(SET) ? lines.get("/set/" + path.substring(SET.length())) : null;
            return new Problem(file, setLine != null ? setLine : lineOf(lines, inFile), inFile, message);
        }
    }

    /**
     * A document read into a tree, with the line of every field path.
     *
     * @param file the file or resource it was read from, for messages
     * @param json whether it is JSON (else YAML)
     * @param tree the parsed document
     * @param lines the line of every field path, as JSON pointers
     * @param overridden field paths set by {@code --set}: problems there are reported against {@code --set}
     * @param origins where paths of the tree were written, when the file extends another: the
     *     base's fields in the base's file, {@code agents[7]} at {@code addAgents[0]} of this file,
     *     {@code agents[5].doctrine} at {@code set.agents[5].doctrine}; the longest matching path wins
     */
    public record Document(String file, boolean json, JsonNode tree, Map<String, Integer> lines, Set<String> overridden,
            Map<String, Origin> origins) {
        /** A problem at a field path of this document, in the file and at the line where it was written. */
        public Problem problem(String path, String message) {
            for (String set : overridden) {
                if (within(path, set)) {
                    return new Problem("--set", 0, path, message);
                }
            }
            String longest = null;
            for (String merged : origins.keySet()) {
                if (within(path, merged) && (longest == null || merged.length() > longest.length())) {
                    longest = merged;
                }
            }
            if (longest != null) {
                return origins.get(longest).problem(path.substring(longest.length()), message);
            }
            return new Problem(file, lineOf(path), path, message);
        }

        /** Whether a path is a prefix's or below it ("" is above every path). */
        static boolean within(String path, String prefix) {
            return prefix.isEmpty() || path.equals(prefix) || path.startsWith(prefix + ".") || path.startsWith(prefix + "[");
        }

        /** The line a field path starts on (or its nearest parent's), 0 when unknown. */
        public int lineOf(String path) {
            return DocumentReader.lineOf(lines, path);
        }

        /**
         * This document with another tree (after {@code extends} and {@code --set}), the paths
         * {@code --set} changed and where each part of the tree was written.
         */
        public Document with(JsonNode newTree, Set<String> setPaths, Map<String, Origin> where) {
            return new Document(file, json, newTree, lines, Set.copyOf(setPaths), Map.copyOf(where));
        }
    }

    /** The line a field path starts on in a file (or its nearest parent's), 0 when unknown. */
    static int lineOf(Map<String, Integer> lines, String path) {
        if (path.isEmpty()) {
            return 0;
        }
        String pointer = "/" + path.replaceAll("\\[(\\d+)\\]", ".$1").replace('.', '/');
        while (!pointer.isEmpty()) {
            Integer line = lines.get(pointer);
            if (line != null) {
                return line;
            }
            pointer = pointer.substring(0, Math.max(pointer.lastIndexOf('/'), 0));
        }
        return 0;
    }


    /** The mapper for YAML or JSON documents. */
    public ObjectMapper mapper(boolean isJson) {
        return isJson ? json : yaml;
    }

    /**
     * Reads a {@code .yaml}, {@code .yml} or {@code .json} file into a tree; a file of another type,
     * unreadable, invalid or not a mapping is a problem naming the file.
     *
     * @param shape a one-line example of the document, shown when it is not a mapping
     */
    public Document read(Path file, String shape) {
        String name = file.toString();
        return parse(readText(file, name), name, isJson(name), shape);
    }

    /** Whether a file name is JSON, YAML, or neither (a problem naming the file). */
    public static boolean isJson(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return true;
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return false;
        }
        throw single(name, "", "unknown file type; expected .yaml, .yml or .json");
    }

    /** Parses text into a tree that must be a mapping; {@code file} names it in messages. */
    public Document parse(String text, String file, boolean isJson, String shape) {
        ObjectMapper mapper = mapper(isJson);
        Map<String, Integer> lines;
        JsonNode tree;
        try {
            lines = lineMap(mapper, text);
            tree = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ScenarioException(List.of(new Problem(file, line, "", "not valid " + (isJson ? "JSON" : "YAML")
                    + ": " + firstLine(e.getOriginalMessage()))));
        } catch (IOException e) {
            throw single(file, "", "cannot read: " + e.getMessage());
        }
        if (tree == null || !tree.isObject()) {
            throw single(file, "", "expected a mapping, e.g. " + shape);
        }
        return new Document(file, isJson, tree, lines, Set.of(), Map.of());
    }

    /** The text of a classpath resource, or null when there is none. */
    public static String resourceText(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw single("classpath:" + resource, "", "cannot read: " + e.getMessage());
        }
    }

    /** The text of a file; a missing or unreadable file is a problem naming it. */
    public static String readText(Path file, String name) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw single(name, "", "no such file");
        } catch (IOException e) {
            throw single(name, "", "cannot read: " + e.getMessage());
        }
    }

    /** Binds a tree of a document to a type; a binding error is a located problem. */
    public <T> T bind(Document doc, JsonNode tree, Class<T> type) {
        return bind(doc, tree, mapper(doc.json()).constructType(type), "");
    }

    /**
     * Binds a tree of a document to a type; a binding error is a located problem.
     *
     * @param prefix the path of {@code tree} in the document (a section's name), or empty
     */
    public <T> T bind(Document doc, JsonNode tree, JavaType type, String prefix) {
        ObjectMapper mapper = mapper(doc.json());
        try {
            return mapper.treeToValue(tree, type);
        } catch (JsonMappingException e) {
            throw new ScenarioException(List.of(mappingProblem(e, doc, prefix)));
        } catch (IOException e) {
            throw single(doc.file(), prefix, firstLine(e.getMessage()));
        }
    }

    /** Adds a problem for every constraint the bean violates, its path under {@code prefix}. */
    public static void validate(Object bean, String prefix, Document doc, List<Problem> problems) {
        if (bean == null) {
            return;
        }
        Validator validator = VALIDATORS.getValidator();
        List<ConstraintViolation<Object>> sorted = new ArrayList<>(validator.validate(bean));
        sorted.sort(Comparator.comparing(v -> v.getPropertyPath().toString()));
        for (ConstraintViolation<Object> v : sorted) {
            String path = v.getPropertyPath().toString();
            problems.add(doc.problem(prefix.isEmpty() ? path : path.isEmpty() ? prefix : prefix + "." + path, v.getMessage()));
        }
    }

    /** A problem naming a file and a field path, with no line. */
    public static ScenarioException single(String file, String path, String message) {
        return new ScenarioException(List.of(new Problem(file, 0, path, message)));
    }

    /** The first line of a message (or "invalid value"). */
    public static String firstLine(String message) {
        if (message == null) {
            return "invalid value";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private Problem mappingProblem(JsonMappingException e, Document doc, String prefix) {
        String inner = pathOf(e.getPath());
        String path = prefix.isEmpty() ? inner : inner.isEmpty() ? prefix : inner.startsWith("[") ? prefix + inner : prefix + "." + inner;
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            message = unknownField(u.getPropertyName(), u.getKnownPropertyIds(), path);
        } else if (e instanceof IgnoredPropertyException i) {
            message = unknownField(i.getPropertyName(), i.getKnownPropertyIds(), path);
        } else if (e instanceof InvalidTypeIdException t) {
            Class<?> base = t.getBaseType().getRawClass();
            TypeKind kind = AgentSpec.class.isAssignableFrom(base) ? TypeKind.AGENT
                    : DoctrineSpec.class.isAssignableFrom(base) ? TypeKind.DOCTRINE : TypeKind.POLICY;
            Set<String> valid = registry.ofKind(kind).keySet();
            path = path.isEmpty() ? "type" : path + ".type";
            message = t.getTypeId() == null
                    ? "missing 'type'; valid " + kind.label() + " types: " + String.join(", ", new TreeSet<>(valid))
                    : "unknown " + kind.label() + " type '" + t.getTypeId() + "'" + Names.suggest(t.getTypeId(), valid, kind.label() + " types");
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
        return doc.problem(path, message);
    }

    /**
     * The message for an unknown field: what the object accepts, with the activation fields for a
     * policy entry and the registered sections at the top level.
     */
    private String unknownField(String field, Collection<Object> knownIds, String path) {
        Set<String> known = new TreeSet<>();
        knownIds.forEach(id -> known.add(String.valueOf(id)));
        if (path.matches("policies\\[\\d+\\]\\.[^.]+")) {
            known.addAll(Activation.FIELDS);
        }
        if (!path.contains(".") && !path.contains("[") && known.contains("agents")) {
            known.remove("sections");
            registry.sections().forEach(s -> known.add(s.name()));
            known.addAll(Extension.KEYS);
        }
        return "unknown field '" + field + "'" + Names.suggest(field, known, "fields");
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
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> jsonName((Enum<?>) c)).collect(Collectors.joining(", "));
        }
        if (Collection.class.isAssignableFrom(type)) {
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
}
