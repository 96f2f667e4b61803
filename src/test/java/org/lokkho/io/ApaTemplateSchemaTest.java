package org.lokkho.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import org.junit.jupiter.api.Test;

/** The schema knows the APA fields and still rejects what is wrong with them. */
class ApaTemplateSchemaTest {
    private static final JsonSchema SCHEMA = BundledJson.schema("template.schema.json");

    private static ObjectNode apa() {
        return (ObjectNode) BundledJson.tree("/templates/apa-2023-24-field.json");
    }

    private static ObjectNode section(ObjectNode t, String key) {
        for (JsonNode s : t.get("sections")) {
            if (s.get("key").asText().equals(key)) {
                return (ObjectNode) s;
            }
        }
        throw new AssertionError("no section " + key);
    }

    @Test
    void theApaTemplateValidates() {
        assertThat(SCHEMA.validate(apa())).isEmpty();
    }

    @Test
    void anUnknownLayoutIsRejected() {
        ObjectNode t = apa();
        section(t, "toc").put("layout", "index");
        assertThat(SCHEMA.validate(t)).isNotEmpty();
    }

    @Test
    void anUnknownColumnViewIsRejected() {
        ObjectNode t = apa();
        ((ObjectNode) section(t, "section3").get("columns").get(16)).put("view", "evaluation");
        assertThat(SCHEMA.validate(t)).isNotEmpty();
    }

    @Test
    void aDerivedTableNeedsItsSourceAndAKnownSelection() {
        ObjectNode t = apa();
        ((ObjectNode) section(t, "annex2").get("derivedFrom")).put("select", "some");
        assertThat(SCHEMA.validate(t)).isNotEmpty();
        ObjectNode u = apa();
        ((ObjectNode) section(u, "annex3").get("derivedFrom")).remove("section");
        assertThat(SCHEMA.validate(u)).isNotEmpty();
    }
}
