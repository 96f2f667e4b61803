package org.lokkho.safety;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes hostile variants of a valid document JSON, deterministically from a Random: fields deleted, duplicated
 * or given the wrong type, random bytes, deep nesting, huge strings, and plain garbage.
 */
public final class JsonMutator {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String[] JUNK = {"", " ", "null", "১২৩", "12.5", "-1", "1e309", "NaN", "২০২১-২২", "Q9", "nis-2021-22",
            "\u0000", "\uFEFF", "\uD800", "👍", "প্রযোজ্য নয়", "{}", "[]", "'", "\"", "\\", "\u202E", "Ⅻ", "٣"};

    private static final String GARBAGE = "{}[]\":,0123456789abcdeক১ \n";

    private final JsonNode sample;
    private final Random random;

    public JsonMutator(String sampleJson, Random random) throws Exception {
        // keys sorted: DocumentJson writes some maps in per-JVM order (Map.copyOf), the mutations must not vary
        ObjectMapper sorted = new ObjectMapper().configure(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
        this.sample = MAPPER.readTree(sorted.writeValueAsString(MAPPER.readValue(sampleJson, Object.class)));
        this.random = random;
    }

    static final String[] KINDS = {"delete", "duplicate", "retype", "bytes", "deep", "huge", "several", "truncate", "garbage"};
    private int lastKind;

    /** Which kind of mutation made the last input (for the test's statistics). */
    String lastKind() {
        return KINDS[lastKind];
    }

    public String next() throws Exception {
        lastKind = random.nextInt(9);
        switch (lastKind) {
            case 0:
                return deleteField();
            case 1:
                return duplicateField();
            case 2:
                return retype();
            case 3:
                return randomBytes();
            case 4:
                return deepNesting();
            case 5:
                return hugeString();
            case 6:
                return severalTreeMutations();
            case 7:
                return truncate();
            default:
                return garbage();
        }
    }

    private JsonNode copy() {
        return sample.deepCopy();
    }

    /** Every container node of the tree with the way to reach it, for picking one at random. */
    private static List<JsonNode> containers(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isContainerNode() && n.size() > 0) {
            out.add(n);
            for (JsonNode child : n) {
                collect(child, out);
            }
        }
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private String deleteField() throws Exception {
        JsonNode root = copy();
        removeOne(root);
        return MAPPER.writeValueAsString(root);
    }

    private void removeOne(JsonNode root) {
        JsonNode c = pick(containers(root));
        if (c.isObject()) {
            List<String> names = new ArrayList<>();
            c.fieldNames().forEachRemaining(names::add);
            ((ObjectNode) c).remove(pick(names));
        } else {
            ((ArrayNode) c).remove(random.nextInt(c.size()));
        }
    }

    private String duplicateField() throws Exception {
        JsonNode root = copy();
        List<JsonNode> objects = containers(root).stream().filter(JsonNode::isObject).toList();
        ObjectNode o = (ObjectNode) pick(objects);
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        String name = pick(names);
        // the tree cannot hold a duplicate key; a placeholder is renamed in the text
        o.set("__dup__", random.nextBoolean() ? o.get(name).deepCopy() : randomValue(2));
        return MAPPER.writeValueAsString(root).replace("\"__dup__\"", MAPPER.writeValueAsString(name));
    }

    private String retype() throws Exception {
        JsonNode root = copy();
        retypeOne(root);
        return MAPPER.writeValueAsString(root);
    }

    private void retypeOne(JsonNode root) {
        JsonNode c = pick(containers(root));
        if (c.isObject()) {
            List<String> names = new ArrayList<>();
            c.fieldNames().forEachRemaining(names::add);
            ((ObjectNode) c).set(pick(names), randomValue(2));
        } else {
            ((ArrayNode) c).set(random.nextInt(c.size()), randomValue(2));
        }
    }

    private JsonNode randomValue(int depth) {
        switch (random.nextInt(depth > 0 ? 8 : 6)) {
            case 0:
                return F.nullNode();
            case 1:
                return F.booleanNode(random.nextBoolean());
            case 2:
                return F.numberNode(random.nextInt() * (random.nextBoolean() ? 1 : -1));
            case 3:
                return F.numberNode(random.nextDouble() * 1e6);
            case 4:
                return F.textNode(JUNK[random.nextInt(JUNK.length)]);
            case 5:
                return F.numberNode(new java.math.BigDecimal("1e" + random.nextInt(400)));
            case 6: {
                ArrayNode a = F.arrayNode();
                for (int i = random.nextInt(3); i > 0; i--) {
                    a.add(randomValue(depth - 1));
                }
                return a;
            }
            default: {
                ObjectNode o = F.objectNode();
                for (int i = random.nextInt(3); i > 0; i--) {
                    o.set(JUNK[random.nextInt(JUNK.length)], randomValue(depth - 1));
                }
                return o;
            }
        }
    }

    private String randomBytes() throws Exception {
        byte[] bytes = MAPPER.writeValueAsString(sample).getBytes(StandardCharsets.UTF_8);
        for (int i = 1 + random.nextInt(8); i > 0; i--) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private String deepNesting() throws Exception {
        int depth = random.nextBoolean() ? 200 + random.nextInt(800) : 1000 + random.nextInt(20000);
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        String nested = open.repeat(depth) + "1" + close.repeat(depth);
        JsonNode root = copy();
        List<JsonNode> objects = containers(root).stream().filter(JsonNode::isObject).toList();
        ObjectNode o = (ObjectNode) pick(objects);
        o.put("__deep__", 0);
        return MAPPER.writeValueAsString(root).replace("\"__deep__\":0", "\"__deep__\":" + nested);
    }

    private String hugeString() throws Exception {
        JsonNode root = copy();
        // up to 60 000 characters: typed-number parsing grows with the square of the length (see the report)
        String huge = (random.nextBoolean() ? "ক" : "9").repeat(10_000 + random.nextInt(50_000));
        List<JsonNode> containers = containers(root);
        JsonNode c = pick(containers);
        if (c.isObject()) {
            List<String> names = new ArrayList<>();
            c.fieldNames().forEachRemaining(names::add);
            ((ObjectNode) c).put(pick(names), huge);
        } else {
            ((ArrayNode) c).set(random.nextInt(c.size()), F.textNode(huge));
        }
        return MAPPER.writeValueAsString(root);
    }

    private String severalTreeMutations() throws Exception {
        JsonNode root = copy();
        for (int i = 2 + random.nextInt(5); i > 0; i--) {
            if (containers(root).isEmpty()) {
                break;
            }
            if (random.nextBoolean()) {
                removeOne(root);
            } else {
                retypeOne(root);
            }
        }
        return MAPPER.writeValueAsString(root);
    }

    private String truncate() throws Exception {
        String text = MAPPER.writeValueAsString(sample);
        return text.substring(0, random.nextInt(text.length()));
    }

    private String garbage() {
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(200); i > 0; i--) {
            b.append(random.nextInt(4) == 0 ? JUNK[random.nextInt(JUNK.length)] : GARBAGE.charAt(random.nextInt(GARBAGE.length())));
        }
        return b.toString();
    }

}
