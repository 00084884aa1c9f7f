package io.steppe.campaigns.report;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.steppe.engine.run.Numbers;
import java.math.BigDecimal;

/**
 * JSON for inlining into HTML: numbers as {@link Numbers} writes them (NaN as null), and
 * {@code <}, {@code >}, {@code &} escaped as {@code \u003C}-style sequences so no text in the data
 * can close the {@code <script>} element that holds it.
 */
final class ReportJson {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = JsonMapper.builder(new JsonFactoryBuilder().characterEscapes(new HtmlSafe()).build())
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .nodeFactory(NODES)
            .build();

    private ReportJson() {
    }

    /** The node as compact, HTML-safe JSON. */
    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write report data", e);
        }
    }

    /** A number node, null for NaN, infinities or a null. */
    static JsonNode number(Double value) {
        BigDecimal d = value == null ? null : Numbers.decimal(value);
        return d == null ? NODES.nullNode() : NODES.numberNode(d);
    }

    /** An array of number nodes. */
    static ArrayNode numbers(double[] values) {
        ArrayNode array = NODES.arrayNode(values.length);
        for (double v : values) {
            array.add(number(v));
        }
        return array;
    }

    private static final class HtmlSafe extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] escapes = CharacterEscapes.standardAsciiEscapesForJSON();

        HtmlSafe() {
            escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
