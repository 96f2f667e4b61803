package org.lokkho.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.lokkho.domain.template.FormTemplate;

/**
 * The bundled form templates, read from {@code /templates/*.json} as listed in {@code /templates/index.json}.
 * Several versions of one template id may exist; documents name the version they were made with.
 *
 * <p>The bundled catalogue reads only each file's {@code id} and {@code version} up front and parses a template
 * when it is first asked for: a command that prints one NIS report need not parse the large APA template. Parsed
 * bundled templates (immutable) are shared by the whole process, so the PDF warm-up thread and the command
 * parse the same file once between them. Files are read with Jackson's streaming parser ({@link TemplateReader}),
 * not its data binding, which a command would otherwise load only for this.
 */
public final class TemplateCatalog {
    private static final Map<String, FormTemplate> PARSED = new ConcurrentHashMap<>();

    /** One template version, parsed when first needed. */
    private record Entry(String id, int version, Supplier<FormTemplate> template) {
    }

    private final Map<String, List<Entry>> byId = new LinkedHashMap<>();

    public TemplateCatalog(List<FormTemplate> templates) {
        for (FormTemplate t : templates) {
            add(new Entry(t.id(), t.version(), () -> t));
        }
        sortVersions();
    }

    private TemplateCatalog() {
    }

    private void add(Entry e) {
        byId.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(e);
    }

    private void sortVersions() {
        // not Comparator.comparingInt: the lambda inside that JDK method is linked at run time in every process
        // (the class-data archive keeps only lambdas of our own classes)
        byId.values().forEach(l -> l.sort((a, b) -> Integer.compare(a.version(), b.version())));
    }

    public static TemplateCatalog bundled() {
        TemplateCatalog catalog = new TemplateCatalog();
        for (String file : bundledFiles()) {
            String path = "/templates/" + file;
            Entry e = peek(path);
            catalog.add(new Entry(e.id(), e.version(), () -> read(path)));
        }
        catalog.sortVersions();
        return catalog;
    }

    /** File names listed in the bundled index, in order. */
    public static List<String> bundledFiles() {
        try (InputStream in = resource("/templates/index.json")) {
            return List.copyOf(TemplateReader.readStrings(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled template index", e);
        }
    }

    /** A bundled template, parsed once per process. */
    public static FormTemplate read(String resourcePath) {
        return PARSED.computeIfAbsent(resourcePath, TemplateCatalog::parse);
    }

    private static FormTemplate parse(String resourcePath) {
        try (InputStream in = resource(resourcePath)) {
            return TemplateReader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("bad bundled template " + resourcePath + ": " + e.getMessage(), e);
        }
    }

    /** Reads the top-level {@code id} and {@code version} of a template file, skipping everything else. */
    private static Entry peek(String resourcePath) {
        try (InputStream in = resource(resourcePath); JsonParser p = TemplateReader.parser(in)) {
            String id = null;
            Integer version = null;
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME && (id == null || version == null)) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("id".equals(field) && value == JsonToken.VALUE_STRING) {
                    id = p.getText();
                } else if ("version".equals(field) && value == JsonToken.VALUE_NUMBER_INT) {
                    version = p.getIntValue();
                } else {
                    p.skipChildren();
                }
            }
            if (id == null || version == null) {
                // unusual layout: let the full parse decide (and report what is wrong)
                FormTemplate t = read(resourcePath);
                return new Entry(t.id(), t.version(), () -> t);
            }
            return new Entry(id, version, null);
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
        List<Entry> versions = byId.get(id);
        return versions == null ? Optional.empty() : Optional.of(versions.get(versions.size() - 1).template().get());
    }

    public Optional<FormTemplate> find(String id, int version) {
        return byId.getOrDefault(id, List.of()).stream().filter(t -> t.version() == version).findFirst()
                .map(e -> e.template().get());
    }

    /** The newest version of each template, for "new document" choices. */
    public List<FormTemplate> all() {
        return Collections.unmodifiableList(byId.values().stream().map(l -> l.get(l.size() - 1).template().get()).toList());
    }
}
