package org.lokkho.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The example documents bundled under {@code /samples/}, listed in {@code /samples/index.json} either as file
 * names ({@code ["nis-savar-q2.json"]}) or as objects ({@code {"id": …, "file": …, "title": {"bn": …, "en": …}}}).
 * A build without samples simply has none.
 */
public final class Samples {
    /**
     * Made when samples are first listed, not when the class loads: every AppContext refers to {@link #BUNDLED},
     * and an ObjectMapper is a few hundred classes that a command such as export-pdf never needs.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** One bundled example; {@code id} is the file name without ".json" unless the index names it. */
    public record Sample(String id, String file, String titleBn, String titleEn) {
    }

    /** The samples bundled with the app. */
    public static final Samples BUNDLED = new Samples("/samples/");

    private final String base;

    /** Samples under another classpath folder (ending in '/'), e.g. for tests. */
    public Samples(String base) {
        this.base = base;
    }

    public List<Sample> list() {
        try (InputStream in = Samples.class.getResourceAsStream(base + "index.json")) {
            if (in == null) {
                return List.of();
            }
            List<Sample> out = new ArrayList<>();
            for (JsonNode entry : Json.MAPPER.readTree(in)) {
                if (entry.isTextual()) {
                    out.add(new Sample(stem(entry.asText()), entry.asText(), "", ""));
                } else if (entry.isObject() && entry.hasNonNull("file")) {
                    String file = entry.get("file").asText();
                    JsonNode title = entry.path("title");
                    String bn = title.isTextual() ? title.asText() : title.path("bn").asText("");
                    out.add(new Sample(entry.path("id").asText(stem(file)), file, bn, title.path("en").asText(bn)));
                }
            }
            return out;
        } catch (IOException e) {
            throw new AppException("app.error.badSample", e, "index.json", e.getMessage());
        }
    }

    public Optional<Sample> find(String id) {
        return list().stream().filter(s -> s.id().equals(id) || s.file().equals(id)).findFirst();
    }

    /** The sample's JSON text. */
    public String read(Sample sample) {
        try (InputStream in = Samples.class.getResourceAsStream(base + sample.file())) {
            if (in == null) {
                throw new AppException("app.error.badSample", sample.file(), "missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AppException("app.error.badSample", e, sample.file(), e.getMessage());
        }
    }

    private static String stem(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }
}
