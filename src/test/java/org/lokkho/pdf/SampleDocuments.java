package org.lokkho.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.lokkho.io.DocumentFormatException;
import org.lokkho.io.DocumentJson;
import org.lokkho.io.TemplateCatalog;
import org.lokkho.domain.template.FormTemplate;

/** The bundled sample documents with their templates, as the app opens them. */
final class SampleDocuments {
    static final TemplateCatalog CATALOG = TemplateCatalog.bundled();

    private SampleDocuments() {
    }

    static DocumentJson.Imported read(String file) {
        try (InputStream in = SampleDocuments.class.getResourceAsStream("/samples/" + file)) {
            if (in == null) {
                throw new IllegalStateException("no sample " + file);
            }
            return new DocumentJson(CATALOG).read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    static DocumentJson.Imported karaitoli() {
        return read("apa-2023-24-karaitoli-lcs.json");
    }

    static DocumentJson.Imported khulnaNis() {
        return read("nis-2021-22-khulna-city-q4.json");
    }

    static FormTemplate templateOf(DocumentJson.Imported in) {
        return CATALOG.find(in.document().templateId(), in.document().templateVersion()).orElseThrow();
    }
}
