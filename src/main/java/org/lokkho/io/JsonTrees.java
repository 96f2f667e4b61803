package org.lokkho.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;

/**
 * Builds the same {@link JsonNode} tree as {@code ObjectMapper.readTree} with default settings, straight from
 * Jackson's streaming parser: the nodes only, without the ObjectMapper (its configuration, type factory,
 * deserializer cache and node deserializer are a few hundred classes that a cold {@code export-pdf} loaded only to
 * read the stored document). {@code JsonTreesTest} compares both on every kind of value.
 *
 * <p>As {@code readTree}: the first value only (what follows it is not read), {@code null} for empty input, a
 * repeated key keeps its first position and its last value, integers as int/long/BigInteger nodes by size,
 * other numbers as double nodes.
 */
final class JsonTrees {
    private static final JsonFactory JSON = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTrees() {
    }

    static JsonNode read(String json) throws JsonProcessingException {
        try (JsonParser p = JSON.createParser(json)) {
            return read(p);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            // as ObjectMapper.readTree(String) does (a String cannot fail to be read)
            throw JsonMappingException.fromUnexpectedIOE(e);
        }
    }

    static JsonNode read(InputStream utf8) throws IOException {
        try (JsonParser p = JSON.createParser(utf8)) {
            return read(p);
        }
    }

    private static JsonNode read(JsonParser p) throws IOException {
        JsonToken first = p.nextToken();
        return first == null ? null : value(p, first);
    }

    /** The value starting at token {@code t}; recursion is bounded by the parser's nesting limit (1 000). */
    private static JsonNode value(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = NODES.objectNode();
                for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                    o.replace(name, value(p, p.nextToken()));
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = NODES.arrayNode();
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    a.add(value(p, e));
                }
                return a;
            }
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                switch (p.getNumberType()) {
                    case INT:
                        return NODES.numberNode(p.getIntValue());
                    case LONG:
                        return NODES.numberNode(p.getLongValue());
                    default:
                        return NODES.numberNode(p.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new JsonParseException(p, "Unexpected token " + t);
        }
    }
}
