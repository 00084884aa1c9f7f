package io.steppe.engine.scenario;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steppe.engine.PolicySpec;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * One policy of a scenario: its typed spec and its activation, written flat in the file:
 * <pre>
 * - type: miningFee
 *   rateKztPerKwh: 1
 *   start: 2022-01-01
 * </pre>
 *
 * @param spec the policy's parameters
 * @param activation when it is on
 */
@JsonDeserialize(using = PolicyEntry.Reader.class)
@JsonSerialize(using = PolicyEntry.Writer.class)
public record PolicyEntry(PolicySpec spec, Activation activation) {

    /** Reads the activation fields off the entry and the rest as the polymorphic spec. */
    static final class Reader extends JsonDeserializer<PolicyEntry> {
        @Override
        public PolicyEntry deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return (PolicyEntry) ctxt.handleUnexpectedToken(PolicyEntry.class, p);
            }
            ObjectNode node = (ObjectNode) ctxt.readTree(p);
            ObjectNode activationNode = node.objectNode();
            for (String field : Activation.FIELDS) {
                JsonNode value = node.remove(field);
                if (value != null && !value.isNull()) {
                    activationNode.set(field, value);
                }
            }
            PolicySpec spec;
            try (JsonParser specParser = node.traverse(p.getCodec())) {
                specParser.nextToken();
                spec = ctxt.readValue(specParser, PolicySpec.class);
            }
            Activation activation;
            try (JsonParser activationParser = activationNode.traverse(p.getCodec())) {
                activationParser.nextToken();
                activation = ctxt.readValue(activationParser, Activation.class);
            }
            return new PolicyEntry(spec, activation);
        }
    }

    /** Writes the spec's fields (type first) followed by the activation fields that are set. */
    static final class Writer extends JsonSerializer<PolicyEntry> {
        @Override
        public void serialize(PolicyEntry entry, JsonGenerator gen, SerializerProvider provider) throws IOException {
            ObjectNode spec = (ObjectNode) ((com.fasterxml.jackson.databind.ObjectMapper) gen.getCodec())
                    .valueToTree(entry.spec());
            ObjectNode activation = ((com.fasterxml.jackson.databind.ObjectMapper) gen.getCodec())
                    .valueToTree(entry.activation());
            gen.writeStartObject();
            for (Iterator<Map.Entry<String, JsonNode>> it = spec.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                gen.writeFieldName(field.getKey());
                gen.writeTree(field.getValue());
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = activation.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                gen.writeFieldName(field.getKey());
                gen.writeTree(field.getValue());
            }
            gen.writeEndObject();
        }
    }
}
