package org.lokkho.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lokkho.domain.template.FormTemplate;

class TemplateCatalogTest {
    @Test
    void theIdsAndVersionsReadAheadAreThoseOfTheParsedTemplates() {
        TemplateCatalog catalog = TemplateCatalog.bundled();
        for (String file : TemplateCatalog.bundledFiles()) {
            FormTemplate parsed = TemplateCatalog.read("/templates/" + file);
            assertThat(catalog.find(parsed.id(), parsed.version())).as(file).containsSame(parsed);
            assertThat(catalog.latest(parsed.id())).as(file).containsSame(parsed);
        }
        assertThat(catalog.all()).extracting(FormTemplate::id)
                .containsExactly("nis-2021-22", "nis-2017-18", "citizen-charter-2020s", "apa-2023-24-field");
    }

    @Test
    void everyCatalogueOfTheProcessSharesOneParse() {
        FormTemplate a = TemplateCatalog.bundled().latest("apa-2023-24-field").orElseThrow();
        FormTemplate b = TemplateCatalog.bundled().latest("apa-2023-24-field").orElseThrow();
        assertThat(a).isSameAs(b);
        assertThat(TemplateCatalog.bundled().find("apa-2023-24-field", 99)).isEmpty();
        assertThat(TemplateCatalog.bundled().latest("no-such-form")).isEmpty();
    }
}
