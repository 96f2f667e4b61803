package org.lokkho.store.backup;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.lokkho.io.AtomicFiles;

/**
 * A note of how far the store had got: H2's store version ({@link StoreVersion}), the next document id and each
 * document's newest revision number. H2 opens a truncated file without complaint by going back to the last
 * intact state, which would silently lose work; comparing the store with this note at start turns that into a
 * plain "the file is damaged" instead. Written (atomically) at every backup and after a restore. All three only
 * grow in an honest store, whatever is saved or deleted and by whichever code path, so a store behind its note
 * has lost work. A deleted document is simply absent and not checked.
 */
public record StoreMark(long storeVersion, long nextDocumentId, Map<Long, Long> newestRevisions) {
    public StoreMark {
        newestRevisions = Map.copyOf(newestRevisions);
    }

    /** What the store in that connection holds now, with the store version read from its file (or backup). */
    public static StoreMark of(Connection c, long storeVersion) throws SQLException {
        long nextId;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT IDENTITY_BASE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' "
                        + "AND TABLE_NAME = 'DOCUMENT' AND COLUMN_NAME = 'ID'")) {
            nextId = rs.next() ? rs.getLong(1) : 1;
        }
        Map<Long, Long> revisions = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT document_id, MAX(number) FROM revision GROUP BY document_id")) {
            while (rs.next()) {
                revisions.put(rs.getLong(1), rs.getLong(2));
            }
        }
        return new StoreMark(storeVersion, nextId, revisions);
    }

    /** Why the store is behind this note (it lost work), or empty if it is at or beyond it. */
    public Optional<String> lostAgainst(StoreMark now) {
        if (now.storeVersion < storeVersion) {
            return Optional.of("store version went back from " + storeVersion + " to " + now.storeVersion);
        }
        if (now.nextDocumentId < nextDocumentId) {
            return Optional.of("document ids went back from " + nextDocumentId + " to " + now.nextDocumentId);
        }
        for (Map.Entry<Long, Long> e : newestRevisions.entrySet()) {
            Long current = now.newestRevisions.get(e.getKey());
            if (current != null && current < e.getValue()) {
                return Optional.of("document " + e.getKey() + " went back from revision " + e.getValue() + " to " + current);
            }
        }
        return Optional.empty();
    }

    public static Optional<StoreMark> read(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        Properties p = new Properties();
        p.load(new StringReader(text));
        try {
            long version = Long.parseLong(p.getProperty("storeVersion", "0"));
            long next = Long.parseLong(p.getProperty("nextDocumentId", "1"));
            Map<Long, Long> revisions = new TreeMap<>();
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith("doc.")) {
                    revisions.put(Long.parseLong(key.substring(4)), Long.parseLong(p.getProperty(key)));
                }
            }
            return Optional.of(new StoreMark(version, next, revisions));
        } catch (NumberFormatException e) {
            // a mark we cannot read proves nothing either way; ignore it rather than block the start
            return Optional.empty();
        }
    }

    public void write(Path file) throws IOException {
        StringBuilder text = new StringBuilder("# Lokkho: how far the store had got at the last backup. Safe to delete.\n");
        text.append("storeVersion=").append(storeVersion).append('\n');
        text.append("nextDocumentId=").append(nextDocumentId).append('\n');
        new TreeMap<>(newestRevisions).forEach((id, rev) -> text.append("doc.").append(id).append('=').append(rev).append('\n'));
        AtomicFiles.writeString(file, text.toString());
    }

}
