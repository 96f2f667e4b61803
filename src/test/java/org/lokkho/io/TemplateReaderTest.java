package org.lokkho.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.SectionTemplate;

/** The streaming template reader gives exactly what Jackson's data binding (the reader before it) gives. */
class TemplateReaderTest {
    /** How the catalogue read templates before TemplateReader. */
    private static final ObjectMapper DATA_BINDING = JsonMapper.builder()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true).build();

    @Test
    void everyBundledTemplateReadsAsDataBindingReadsIt() throws IOException {
        for (String file : TemplateCatalog.bundledFiles()) {
            FormTemplate bound;
            FormTemplate streamed;
            try (InputStream in = TemplateReaderTest.class.getResourceAsStream("/templates/" + file)) {
                bound = DATA_BINDING.readValue(in, FormTemplate.class);
            }
            try (InputStream in = TemplateReaderTest.class.getResourceAsStream("/templates/" + file)) {
                streamed = TemplateReader.read(in);
            }
            // record equality is deep (sections, columns, header trees, rows, scoring); compare part by part first
            // so that a difference names its section
            assertThat(streamed.sections()).as(file).hasSameSizeAs(bound.sections());
            for (int i = 0; i < bound.sections().size(); i++) {
                SectionTemplate b = bound.sections().get(i);
                assertThat(streamed.sections().get(i)).as(file + " " + b.key()).isEqualTo(b);
            }
            assertThat(streamed.scoring()).as(file).isEqualTo(bound.scoring());
            assertThat(streamed.scoring() == null ? null : streamed.scoring().max().scale()).as(file)
                    .isEqualTo(bound.scoring() == null ? null : bound.scoring().max().scale());
            assertThat(streamed).as(file).isEqualTo(bound);
        }
    }

    @Test
    void theIndexListsTheFilesInOrder() throws IOException {
        try (InputStream in = TemplateReaderTest.class.getResourceAsStream("/templates/index.json")) {
            assertThat(TemplateReader.readStrings(in))
                    .containsExactly("nis-2021-22.json", "nis-2017-18.json", "citizen-charter-2020s.json", "apa-2023-24-field.json");
        }
    }

    @Test
    void absentAndNullFieldsGetTheRecordsDefaults() throws IOException {
        String json = "{\"id\":\"x\",\"version\":2,\"title\":{\"bn\":\"ক\"},\"scoring\":null,\"sections\":[{\"key\":\"s\","
                + "\"kind\":\"table\",\"columns\":[{\"key\":\"a\",\"width\":null}],\"numbering\":\"serial-padded\"}]}";
        FormTemplate streamed = TemplateReader.read(in(json));
        assertThat(streamed).isEqualTo(DATA_BINDING.readValue(json, FormTemplate.class));
        assertThat(streamed.orientation()).isEqualTo("portrait");
        assertThat(streamed.sections().get(0).columns().get(0).width()).isEqualTo(1.0);
    }

    @Test
    void unknownFieldsAndUnexpectedTypesAreErrorsNamingTheField() {
        assertThatThrownBy(() -> TemplateReader.read(in("{\"id\":\"x\",\"colour\":\"red\"}")))
                .isInstanceOf(IOException.class).hasMessageContaining("colour");
        assertThatThrownBy(() -> TemplateReader.read(in("{\"sections\":[{\"key\":\"s\",\"columns\":[{\"wdth\":2}]}]}")))
                .isInstanceOf(IOException.class).hasMessageContaining("wdth");
        assertThatThrownBy(() -> TemplateReader.read(in("{\"version\":\"2\"}")))
                .isInstanceOf(IOException.class).hasMessageContaining("expected");
        assertThatThrownBy(() -> TemplateReader.read(in("{\"id\":\"x\"} {}")))
                .isInstanceOf(IOException.class);
    }

    private static InputStream in(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
