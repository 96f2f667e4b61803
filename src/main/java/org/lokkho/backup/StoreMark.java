package org.lokkho.backup;

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
import org.lokkho.app.AtomicFiles;

/**
 * A note of how far the store had got: the next document id and each document's newest revision number. H2
 * opens a truncated file without complaint by going back to the last intact state, which would silently lose
 * work; comparing the store with this note at start turns that into a plain "the file is damaged" instead.
 * Written (atomically) at every backup and after a restore; ids and revision numbers only grow, so an honest
 * store always is at or beyond its note. A document in the note must still be there: deleting one removes it
 * from the note first ({@link #forget}). H2's identity counter is cached ahead in blocks, so it only catches
 * large losses; the per-document revisions catch the rest.
 */
public record StoreMark(long nextDocumentId, Map<Long, Long> newestRevisions) {
    public StoreMark {
        newestRevisions = Map.copyOf(newestRevisions);
    }

    /** What the store in that connection holds now. */
    public static StoreMark of(Connection c) throws SQLException {
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
        return new StoreMark(nextId, revisions);
    }

    /** Why the store is behind this note (it lost work), or empty if it is at or beyond it. */
    public Optional<String> lostAgainst(StoreMark now) {
        if (now.nextDocumentId < nextDocumentId) {
            return Optional.of("document ids went back from " + nextDocumentId + " to " + now.nextDocumentId);
        }
        for (Map.Entry<Long, Long> e : newestRevisions.entrySet()) {
            Long current = now.newestRevisions.get(e.getKey());
            if (current == null) {
                return Optional.of("document " + e.getKey() + " is missing");
            }
            if (current < e.getValue()) {
                return Optional.of("document " + e.getKey() + " went back from revision " + e.getValue() + " to " + current);
            }
        }
        return Optional.empty();
    }

    /** The same note without that document (written before the document is deleted: see BackupOnSave). */
    public StoreMark without(long documentId) {
        Map<Long, Long> rest = new TreeMap<>(newestRevisions);
        rest.remove(documentId);
        return new StoreMark(nextDocumentId, rest);
    }

    /**
     * Removes a document from the note in that file, if there is one. Done before deleting the document: if the
     * delete then fails the note merely checks less; the other order could report a deleted document as lost.
     */
    public static void forget(Path file, long documentId) throws IOException {
        Optional<StoreMark> mark = read(file);
        if (mark.isPresent() && mark.get().newestRevisions.containsKey(documentId)) {
            mark.get().without(documentId).write(file);
        }
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
            long next = Long.parseLong(p.getProperty("nextDocumentId", "1"));
            Map<Long, Long> revisions = new TreeMap<>();
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith("doc.")) {
                    revisions.put(Long.parseLong(key.substring(4)), Long.parseLong(p.getProperty(key)));
                }
            }
            return Optional.of(new StoreMark(next, revisions));
        } catch (NumberFormatException e) {
            // a mark we cannot read proves nothing either way; ignore it rather than block the start
            return Optional.empty();
        }
    }

    public void write(Path file) throws IOException {
        StringBuilder text = new StringBuilder("# Lokkho: how far the store had got at the last backup. Safe to delete.\n");
        text.append("nextDocumentId=").append(nextDocumentId).append('\n');
        new TreeMap<>(newestRevisions).forEach((id, rev) -> text.append("doc.").append(id).append('=').append(rev).append('\n'));
        AtomicFiles.writeString(file, text.toString());
    }

}
