package org.lokkho.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lokkho.safety.JsonMutator;

/** JsonTrees builds exactly the tree ObjectMapper.readTree builds, and fails exactly where and how it fails. */
class JsonTreesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void everyKindOfValueGivesTheSameNodes() throws Exception {
        List<String> inputs = List.of(
                "{}", "[]", "{\"a\":{}}", "[[], {}, [[]]]",
                "{\"n\":[0, -1, 7, 2147483647, 2147483648, -2147483648, -2147483649, 9223372036854775807,"
                        + " 9223372036854775808, -9223372036854775809, 123456789012345678901234567890]}",
                "{\"f\":[0.0, -0.0, 1.0, 1.50, 0.1, 1e3, 1E-7, 2.5e+10, 1e400, -1e400, 4.9e-330, 12345678901234567890.5]}",
                "{\"s\":[\"\", \"ক্ষ্যমাত্রা\", \"\\u09AC\\n\\t\\\"q\\\"\", \"\\ud83d\\ude00\"], \"b\":[true, false, null]}",
                "{\"a\":1, \"b\":2, \"a\":3}", "{\"a\":{\"x\":1}, \"a\":[2]}",
                "{\"a\":1} trailing", "{\"a\":1} {\"b\":2}", "[1] ]", "", "   \n ", "null", "true", "\"text\"", "12", "-3.5",
                "{\"a\":", "{\"a\" 1}", "{'a':1}", "{\"a\":01}", "{\"a\":NaN}", "{\"a\":1,}", "[1,]", "{\"a\":tru}",
                "/* c */ {}", "{\"a\":\"\\x\"}", "{\"a\":\"unterminated}", "\uFEFF{\"bom\":1}",
                "[" + "[".repeat(1200) + "]".repeat(1200) + "]");
        for (String input : inputs) {
            assertSame(input);
        }
    }

    @Test
    void everyBundledSampleAndThousandsOfDamagedCopiesGiveTheSameTreesOrTheSameErrors() throws Exception {
        List<String> samples = new ArrayList<>();
        for (String name : List.of("nis-2021-22-khulna-city-q4", "nis-2017-18-cca-office-plan", "citizen-charter-tarakanda-ict",
                "apa-2023-24-karaitoli-lcs")) {
            try (InputStream in = JsonTreesTest.class.getResourceAsStream("/samples/" + name + ".json")) {
                samples.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        for (String sample : samples) {
            assertSame(sample);
            JsonMutator mutator = new JsonMutator(sample, new Random(17));
            for (int i = 0; i < 400; i++) {
                assertSame(mutator.next());
            }
        }
    }

    /** Same tree (type-exact, field order included) or same failure, from a String and from UTF-8 bytes. */
    private static void assertSame(String input) throws Exception {
        String expected = outcome(() -> MAPPER.readTree(input));
        assertThat(outcome(() -> JsonTrees.read(input))).as(abbreviate(input)).isEqualTo(expected);
        byte[] utf8 = input.getBytes(StandardCharsets.UTF_8);
        String expectedFromBytes = outcome(() -> MAPPER.readTree(new ByteArrayInputStream(utf8)));
        assertThat(outcome(() -> JsonTrees.read(new ByteArrayInputStream(utf8)))).as(abbreviate(input)).isEqualTo(expectedFromBytes);
    }

    private interface Read {
        JsonNode read() throws Exception;
    }

    /** The tree's node types and text, or the error's type, message and location; readTree gives a missing node for no input. */
    private static String outcome(Read read) {
        try {
            JsonNode n = read.read();
            return n == null || n.isMissingNode() ? "nothing" : describe(n);
        } catch (JsonProcessingException e) {
            return e.getClass().getName() + ": " + e.getOriginalMessage() + " @ " + e.getLocation();
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static String describe(JsonNode n) {
        StringBuilder b = new StringBuilder(n.getClass().getSimpleName()).append(':');
        if (n.isContainerNode()) {
            b.append('{');
            if (n.isObject()) {
                n.fields().forEachRemaining(e -> b.append(e.getKey()).append('=').append(describe(e.getValue())).append(','));
            } else {
                n.elements().forEachRemaining(e -> b.append(describe(e)).append(','));
            }
            return b.append('}').toString();
        }
        return b.append(n).toString();
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 120) + "…";
    }
}
