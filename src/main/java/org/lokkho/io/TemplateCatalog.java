package org.lokkho.io;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lokkho.domain.template.FormTemplate;

/**
 * The bundled form templates, read from {@code /templates/*.json} as listed in {@code /templates/index.json}.
 * Several versions of one template id may exist; documents name the version they were made with.
 */
public final class TemplateCatalog {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true).build();

    private final Map<String, List<FormTemplate>> byId = new LinkedHashMap<>();

    public TemplateCatalog(List<FormTemplate> templates) {
        for (FormTemplate t : templates) {
            byId.computeIfAbsent(t.id(), k -> new ArrayList<>()).add(t);
        }
        byId.values().forEach(l -> l.sort(Comparator.comparingInt(FormTemplate::version)));
    }

    public static TemplateCatalog bundled() {
        List<FormTemplate> list = new ArrayList<>();
        for (String file : bundledFiles()) {
            list.add(read("/templates/" + file));
        }
        return new TemplateCatalog(list);
    }

    /** File names listed in the bundled index, in order. */
    public static List<String> bundledFiles() {
        try (InputStream in = resource("/templates/index.json")) {
            return List.of(MAPPER.readValue(in, String[].class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled template index", e);
        }
    }

    public static FormTemplate read(String resourcePath) {
        try (InputStream in = resource(resourcePath)) {
            return MAPPER.readValue(in, FormTemplate.class);
        } catch (IOException e) {
            throw new UncheckedIOException("bad bundled template " + resourcePath + ": " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String path) throws IOException {
        InputStream in = TemplateCatalog.class.getResourceAsStream(path);
        if (in == null) {
            throw new IOException("missing resource " + path);
        }
        return in;
    }

    /** The newest version of a template. */
    public Optional<FormTemplate> latest(String id) {
        List<FormTemplate> versions = byId.get(id);
        return versions == null ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public Optional<FormTemplate> find(String id, int version) {
        return byId.getOrDefault(id, List.of()).stream().filter(t -> t.version() == version).findFirst();
    }

    /** The newest version of each template, for "new document" choices. */
    public List<FormTemplate> all() {
        return Collections.unmodifiableList(byId.values().stream().map(l -> l.get(l.size() - 1)).toList());
    }
}
