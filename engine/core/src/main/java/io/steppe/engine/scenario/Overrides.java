package io.steppe.engine.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steppe.engine.Names;
import io.steppe.engine.Problem;
import io.steppe.engine.ScenarioException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Setting values by path, the job of {@code --set path=value} and of a variant's {@code set:}
 * mapping: {@code seed}, {@code agents[3].extraAvailableMw}, {@code policies[0].rateKztPerKwh};
 * {@code [+]} at the end of a path appends to a list ({@code report.charts[+]: {title: ...}}). A
 * path through something that is not there is a problem that says what is; a field the target
 * does not have is reported when the scenario is read into its types, against {@code --set}.
 */
final class Overrides {
    private static final Pattern SET = Pattern.compile("([A-Za-z0-9_.\\[\\]+]+)=(.*)", Pattern.DOTALL);
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9_]*)((?:\\[(?:[0-9]+|\\+)\\])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+|\\+)\\]");
    /** The index that appends to a list: {@code policies[+]}. */
    private static final int APPEND = -1;

    private Overrides() {
    }

    /**
     * Applies {@code path=value} overrides (values read as YAML) to a scenario tree and returns the
     * paths they set ({@code policies[+]} as the index it appended at).
     *
     * @throws ScenarioException with a problem per override that cannot be applied
     */
    static Set<String> apply(ObjectNode root, List<String> overrides, ObjectMapper yaml) {
        Set<String> paths = new LinkedHashSet<>();
        if (overrides == null) {
            return paths;
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
                value = m.group(2).isEmpty() ? null : yaml.readTree(m.group(2));
            } catch (JsonProcessingException e) {
                problems.add(new Problem("--set", 0, path, "value is not valid YAML: " + DocumentReader.firstLine(e.getOriginalMessage())));
                continue;
            }
            String error = set(root, path, value == null ? yaml.getNodeFactory().nullNode() : value);
            if (error != null) {
                problems.add(new Problem("--set", 0, path, error));
            } else {
                paths.add(appended(root, path));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return paths;
    }

    /** Sets a value at a path of a tree; returns what is wrong with the path, or null. */
    static String set(ObjectNode root, String path, JsonNode value) {
        String[] segments = path.split("\\.");
        JsonNode node = root;
        for (int s = 0; s < segments.length; s++) {
            Matcher m = SEGMENT.matcher(segments[s]);
            if (!m.matches()) {
                return "cannot read path segment '" + segments[s] + "'; expected name or name[index]";
            }
            String field = m.group(1);
            List<Integer> indices = new ArrayList<>();
            Matcher idx = INDEX.matcher(m.group(2));
            while (idx.find()) {
                indices.add(idx.group(1).equals("+") ? APPEND : Integer.parseInt(idx.group(1)));
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
            if (child == null && indices.equals(List.of(APPEND)) && last) {
                child = object.putArray(field);
            }
            if (child == null) {
                return "no list '" + field + "' to index" + Names.suggest(field, fieldNames(object), "fields here");
            }
            for (int k = 0; k < indices.size(); k++) {
                int index = indices.get(k);
                if (!(child instanceof ArrayNode array)) {
                    return "'" + field + "' is not a list";
                }
                if (index == APPEND) {
                    if (!last || k != indices.size() - 1) {
                        return "'[+]' appends a value to a list, so it ends a path";
                    }
                    array.add(value);
                    return null;
                }
                if (index >= array.size()) {
                    return "no element [" + index + "]; '" + field + "' has " + array.size() + describe(array);
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

    /** A path with its final {@code [+]} replaced by the index the value was appended at. */
    static String appended(ObjectNode root, String path) {
        if (!path.endsWith("[+]")) {
            return path;
        }
        String list = path.substring(0, path.length() - 3);
        JsonNode array = root.at("/" + list.replaceAll("\\[(\\d+)\\]", ".$1").replace('.', '/'));
        return list + "[" + (array.size() - 1) + "]";
    }

    private static List<String> fieldNames(ObjectNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The elements of a list of typed entries, e.g. " (0 globalMining, 1 whiteMiners)". */
    private static String describe(ArrayNode array) {
        List<String> types = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode type = array.get(i).get("type");
            if (type == null || !type.isTextual()) {
                return "";
            }
            types.add(i + " " + type.asText());
        }
        return types.isEmpty() ? "" : " (" + String.join(", ", types) + ")";
    }
}
