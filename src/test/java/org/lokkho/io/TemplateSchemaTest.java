package org.lokkho.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled template file obeys template.schema.json, and the schema really rejects broken templates. */
class TemplateSchemaTest {
    private static final JsonSchema SCHEMA = BundledJson.schema("template.schema.json");

    static Stream<String> templateFiles() {
        return BundledJson.filesIn("templates").stream();
    }

    @ParameterizedTest
    @MethodSource("templateFiles")
    void bundledTemplateValidates(String file) {
        Set<ValidationMessage> errors = SCHEMA.validate(BundledJson.tree("/templates/" + file));
        assertThat(errors).as(file).isEmpty();
    }

    @Test
    void unknownColumnTypeIsRejected() {
        ObjectNode t = (ObjectNode) BundledJson.tree("/templates/nis-2021-22.json");
        ObjectNode firstColumn = (ObjectNode) t.get("sections").get(0).get("columns").get(0);
        firstColumn.put("type", "currency");
        assertThat(SCHEMA.validate(t)).isNotEmpty();
    }

    @Test
    void misspelledPropertyIsRejected() {
        ObjectNode t = (ObjectNode) BundledJson.tree("/templates/citizen-charter-2020s.json");
        ObjectNode grs = (ObjectNode) findSection(t, "grs");
        grs.set("colums", grs.remove("columns"));
        assertThat(SCHEMA.validate(t)).isNotEmpty();
    }

    @Test
    void choiceColumnWithoutChoicesIsRejected() {
        ObjectNode t = (ObjectNode) BundledJson.tree("/templates/nis-2017-18.json");
        for (JsonNode c : t.get("sections").get(0).get("columns")) {
            if (c.get("key").asText().equals("unit")) {
                ((ObjectNode) c).remove("choices");
            }
        }
        assertThat(SCHEMA.validate(t)).isNotEmpty();
    }

    @Test
    void groupRowWithoutTitleIsRejected() {
        ObjectNode t = (ObjectNode) BundledJson.tree("/templates/nis-2021-22.json");
        ((ObjectNode) t.get("sections").get(0).get("rows").get(0)).remove("title");
        assertThat(SCHEMA.validate(t)).isNotEmpty();
    }

    @Test
    void unknownNumberingIsRejected() {
        ObjectNode t = (ObjectNode) BundledJson.tree("/templates/nis-2017-18.json");
        ((ObjectNode) t.get("sections").get(0)).put("numbering", "roman");
        assertThat(SCHEMA.validate(t)).isNotEmpty();
    }

    private static JsonNode findSection(JsonNode template, String key) {
        for (JsonNode s : template.get("sections")) {
            if (s.get("key").asText().equals(key)) {
                return s;
            }
        }
        throw new AssertionError("no section " + key);
    }
}
