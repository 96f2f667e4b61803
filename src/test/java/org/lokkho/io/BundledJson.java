package org.lokkho.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Test helper: the bundled JSON resources (templates, samples, schemas) as files and trees. */
final class BundledJson {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private BundledJson() {
    }

    static JsonSchema schema(String name) {
        try (InputStream in = resource("/schema/" + name)) {
            return FACTORY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<ValidationMessage> validate(JsonSchema schema, JsonNode node) {
        return schema.validate(node);
    }

    static JsonNode tree(String resourcePath) {
        try (InputStream in = resource(resourcePath)) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String resourcePath) {
        try (InputStream in = resource(resourcePath)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names of the files in a bundled resource folder except its index.json, sorted. */
    static List<String> filesIn(String folder) {
        URL url = BundledJson.class.getResource("/" + folder);
        if (url == null) {
            throw new IllegalStateException("missing resource folder " + folder);
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("index.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file names an index.json lists, in order. */
    static List<String> index(String folder) {
        JsonNode index = tree("/" + folder + "/index.json");
        return java.util.stream.StreamSupport.stream(index.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static InputStream resource(String path) throws IOException {
        InputStream in = BundledJson.class.getResourceAsStream(path);
        if (in == null) {
            throw new IOException("missing resource " + path);
        }
        return in;
    }
}
