package org.lokkho.pack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** manifest.json to and from bytes. Reading is strict: anything unexpected is a {@link PackageException}. */
public final class ManifestJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    private ManifestJson() {
    }

    public static byte[] write(Manifest m) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", PackageFormat.FORMAT);
        root.put("formatVersion", m.formatVersion());
        root.put("senderOffice", m.senderOffice());
        ArrayNode ids = root.putArray("documentIds");
        m.documentIds().forEach(ids::add);
        root.put("documentJsonSha256", m.documentJsonSha256());
        root.put("fingerprint", m.fingerprint());
        root.put("createdAt", m.createdAt().toString());
        if (m.volume() != null) {
            ObjectNode v = root.putObject("volume");
            v.put("submissionId", m.volume().submissionId());
            v.put("number", m.volume().number());
            v.put("count", m.volume().count());
        }
        ObjectNode signer = root.putObject("signer");
        signer.put("subject", m.signer().subject());
        signer.put("certificateSha256", m.signer().certificateSha256());
        ArrayNode files = root.putArray("files");
        for (Manifest.FileEntry f : m.files()) {
            ObjectNode n = files.addObject();
            n.put("name", f.name());
            n.put("size", f.size());
            n.put("sha256", f.sha256());
        }
        try {
            return MAPPER.writeValueAsString(root).concat("\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Manifest read(byte[] bytes) {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (java.io.IOException e) {
            throw malformed("JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw malformed("not an object");
        }
        if (!PackageFormat.FORMAT.equals(root.path("format").asText())) {
            throw malformed("format");
        }
        int version = root.path("formatVersion").asInt(-1);
        if (version < 1) {
            throw malformed("formatVersion");
        }
        if (version > PackageFormat.VERSION) {
            throw new PackageException(Reason.FORMAT_TOO_NEW, version);
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode id : array(root, "documentIds")) {
            ids.add(id.asText());
        }
        String docHash = hex(root, "documentJsonSha256");
        String fingerprint = hex(root, "fingerprint");
        Instant createdAt;
        try {
            createdAt = Instant.parse(text(root, "createdAt"));
        } catch (DateTimeParseException e) {
            throw malformed("createdAt");
        }
        Manifest.Volume volume = null;
        JsonNode v = root.get("volume");
        if (v != null && !v.isNull()) {
            volume = new Manifest.Volume(text(v, "submissionId"), v.path("number").asInt(0), v.path("count").asInt(0));
            if (volume.number() < 1 || volume.number() > volume.count()) {
                throw malformed("volume");
            }
        }
        JsonNode s = root.path("signer");
        Manifest.Signer signer = new Manifest.Signer(text(s, "subject"), hex(s, "certificateSha256"));
        List<Manifest.FileEntry> files = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode f : array(root, "files")) {
            String name = text(f, "name");
            if (!EntryNames.isSafe(name) || name.equals(PackageFormat.MANIFEST) || name.equals(PackageFormat.MANIFEST_SIGNATURE)
                    || !seen.add(name)) {
                throw malformed("files: " + name);
            }
            long size = f.path("size").asLong(-1);
            if (size < 0) {
                throw malformed("files: " + name + " size");
            }
            files.add(new Manifest.FileEntry(name, size, hex(f, "sha256")));
        }
        return new Manifest(version, text(root, "senderOffice"), ids, docHash, fingerprint, createdAt, volume, signer, files);
    }

    private static Iterable<JsonNode> array(JsonNode n, String field) {
        JsonNode a = n.get(field);
        if (a == null || !a.isArray()) {
            throw malformed(field);
        }
        return a;
    }

    private static String text(JsonNode n, String field) {
        JsonNode t = n.get(field);
        if (t == null || !t.isTextual()) {
            throw malformed(field);
        }
        return t.asText();
    }

    private static String hex(JsonNode n, String field) {
        String s = text(n, field);
        if (!HEX64.matcher(s).matches()) {
            throw malformed(field);
        }
        return s;
    }

    private static PackageException malformed(String what) {
        return new PackageException(Reason.MANIFEST_MALFORMED, what);
    }
}
