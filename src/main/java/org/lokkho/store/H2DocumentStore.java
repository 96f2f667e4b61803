package org.lokkho.store;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lokkho.app.DocumentStore;
import org.lokkho.app.DocumentSummary;
import org.lokkho.app.Revision;
import org.lokkho.app.RevisionNotes;
import org.lokkho.domain.calendar.FiscalYear;
import org.lokkho.domain.calendar.Period;
import org.lokkho.domain.document.DocumentStatus;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.Office;
import org.lokkho.io.DocumentFormatException;
import org.lokkho.io.DocumentJson;

/**
 * Documents in the {@code document} table, each with its content as exchange JSON, and their history in
 * {@code revision}. Autosaves that follow each other within {@link #COALESCE_WINDOW} overwrite the newest
 * revision, so typing a table does not leave hundreds of revisions; creation, checkpoints (Ctrl+S) and restores
 * are sealed revisions that later saves never overwrite.
 */
public final class H2DocumentStore implements DocumentStore {
    public static final Duration COALESCE_WINDOW = Duration.ofSeconds(60);

    private final H2Database db;
    private final DocumentJson json;
    private final Clock clock;

    public H2DocumentStore(H2Database db, DocumentJson json) {
        this(db, json, Clock.systemUTC());
    }

    public H2DocumentStore(H2Database db, DocumentJson json, Clock clock) {
        this.db = db;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public FormDocument create(FormDocument document) {
        return create(document, RevisionNotes.created());
    }

    /** Stores a new document with a note for its first revision (e.g. "imported"). */
    public FormDocument create(FormDocument document, String note) {
        long id = db.write(c -> {
            Instant now = now();
            String content = serialise(c, document);
            String sql = "INSERT INTO document (template_id, template_version, office_id, fiscal_year, period, status, title, "
                    + "created_at, updated_at, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
            try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, document.templateId());
                ps.setInt(2, document.templateVersion());
                ps.setLong(3, document.officeId());
                ps.setString(4, document.fiscalYear().code());
                ps.setString(5, document.period().name());
                ps.setString(6, document.status().name());
                ps.setString(7, document.title());
                ps.setObject(8, Timestamps.toDb(now));
                ps.setObject(9, Timestamps.toDb(now));
                ps.setString(10, content);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    long newId = keys.getLong(1);
                    insertRevision(c, newId, 1, now, note, true, content);
                    return newId;
                }
            }
        });
        document.setId(id);
        return document;
    }

    @Override
    public void save(FormDocument document) {
        save(document, "", false);
    }

    /** Ctrl+S: always a new revision with the officer's note, never overwritten by later autosaves. */
    @Override
    public void saveCheckpoint(FormDocument document, String note) {
        save(document, note == null ? "" : note.strip(), true);
    }

    private void save(FormDocument document, String note, boolean checkpoint) {
        db.write(c -> {
            Instant now = now();
            String content = serialise(c, document);
            updateDocument(c, document.id(), document, content, now);
            LatestRevision latest = latestRevision(c, document.id());
            boolean coalesce = !checkpoint && latest != null && !latest.sealed()
                    && Duration.between(latest.savedAt(), now).compareTo(COALESCE_WINDOW) < 0;
            if (coalesce) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE revision SET content = ?, saved_at = ? WHERE document_id = ? AND number = ?")) {
                    ps.setString(1, content);
                    ps.setObject(2, Timestamps.toDb(now));
                    ps.setLong(3, document.id());
                    ps.setLong(4, latest.number());
                    ps.executeUpdate();
                }
            } else {
                insertRevision(c, document.id(), latest == null ? 1 : latest.number() + 1, now, note, checkpoint, content);
            }
            return null;
        });
    }

    @Override
    public Optional<FormDocument> load(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT office_id, content FROM document WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    long officeId = rs.getLong("office_id");
                    // H2 keeps a CLOB as UTF-8: its bytes go straight to the JSON parser, which closes the stream
                    // (getString would decode them into a String that the parser then copies again)
                    return Optional.of(withIds(parseStored(id, rs.getBinaryStream("content")), id, officeId));
                }
            }
        });
    }

    @Override
    public List<DocumentSummary> list() {
        String sql = "SELECT d.id, d.template_id, d.template_version, d.title, d.office_id, o.name_bn, d.fiscal_year, d.period, "
                + "d.status, d.updated_at FROM document d JOIN office o ON o.id = d.office_id ORDER BY d.updated_at DESC, d.id DESC";
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                List<DocumentSummary> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new DocumentSummary(rs.getLong("id"), rs.getString("template_id"), rs.getInt("template_version"),
                            rs.getString("title"), rs.getLong("office_id"), rs.getString("name_bn"),
                            FiscalYear.parse(rs.getString("fiscal_year")), Period.parse(rs.getString("period")),
                            DocumentStatus.valueOf(rs.getString("status")), Timestamps.fromDb(rs, "updated_at")));
                }
                return out;
            }
        });
    }

    @Override
    public void delete(long id) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM document WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public List<Revision> history(long documentId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT number, saved_at, note FROM revision WHERE document_id = ? ORDER BY number DESC")) {
                ps.setLong(1, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                    List<Revision> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new Revision(documentId, rs.getLong("number"), Timestamps.fromDb(rs, "saved_at"), rs.getString("note")));
                    }
                    return out;
                }
            }
        });
    }

    @Override
    public Optional<FormDocument> loadRevision(long documentId, long revision) {
        return db.read(c -> {
            Optional<String> content = revisionContent(c, documentId, revision);
            if (content.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(parse(documentId, currentOfficeId(c, documentId), content.get()));
        });
    }

    @Override
    public void restore(long documentId, long revision) {
        db.write(c -> {
            String old = revisionContent(c, documentId, revision)
                    .orElseThrow(() -> new StoreException("store.error.noRevision", documentId, revision));
            FormDocument restored = parse(documentId, currentOfficeId(c, documentId), old);
            Instant now = now();
            String content = serialise(c, restored);
            updateDocument(c, documentId, restored, content, now);
            LatestRevision latest = latestRevision(c, documentId);
            insertRevision(c, documentId, latest.number() + 1, now, RevisionNotes.restored(revision), true, content);
            return null;
        });
    }

    // ---------------------------------------------------------------- helpers

    private Instant now() {
        // the column keeps microseconds; milliseconds keep what is read back equal to what was written
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private String serialise(Connection c, FormDocument document) throws SQLException {
        Office office = H2OfficeStore.find(c, document.officeId())
                .orElseThrow(() -> new StoreException("store.error.noOffice", document.officeId()));
        return json.writeCompact(document, office);
    }

    private FormDocument parse(long id, long officeId, String content) {
        try {
            return withIds(json.read(content).document(), id, officeId);
        } catch (DocumentFormatException e) {
            throw new StoreException("store.error.damagedDocument", e, id);
        }
    }

    private FormDocument parseStored(long id, InputStream content) throws SQLException {
        try {
            return json.read(content).document();
        } catch (DocumentFormatException e) {
            throw new StoreException("store.error.damagedDocument", e, id);
        } catch (IOException e) {
            // reading the CLOB itself failed, not its JSON: a database failure, as getString reported it
            throw new SQLException(e.getMessage(), e);
        }
    }

    private static FormDocument withIds(FormDocument doc, long id, long officeId) {
        doc.setId(id);
        doc.setOfficeId(officeId);
        return doc;
    }

    private static void updateDocument(Connection c, long id, FormDocument d, String content, Instant now) throws SQLException {
        String sql = "UPDATE document SET template_version = ?, office_id = ?, fiscal_year = ?, period = ?, status = ?, title = ?, "
                + "updated_at = ?, content = ? WHERE id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, d.templateVersion());
            ps.setLong(2, d.officeId());
            ps.setString(3, d.fiscalYear().code());
            ps.setString(4, d.period().name());
            ps.setString(5, d.status().name());
            ps.setString(6, d.title());
            ps.setObject(7, Timestamps.toDb(now));
            ps.setString(8, content);
            ps.setLong(9, id);
            if (ps.executeUpdate() == 0) {
                throw new StoreException("store.error.noDocument", id);
            }
        }
    }

    private static long currentOfficeId(Connection c, long documentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT office_id FROM document WHERE id = ?")) {
            ps.setLong(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("store.error.noDocument", documentId);
                }
                return rs.getLong(1);
            }
        }
    }

    private static Optional<String> revisionContent(Connection c, long documentId, long number) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT content FROM revision WHERE document_id = ? AND number = ?")) {
            ps.setLong(1, documentId);
            ps.setLong(2, number);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private record LatestRevision(long number, Instant savedAt, boolean sealed) {
    }

    private static LatestRevision latestRevision(Connection c, long documentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT number, saved_at, sealed FROM revision WHERE document_id = ? ORDER BY number DESC LIMIT 1")) {
            ps.setLong(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new LatestRevision(rs.getLong("number"), Timestamps.fromDb(rs, "saved_at"), rs.getBoolean("sealed")) : null;
            }
        }
    }

    private static void insertRevision(Connection c, long documentId, long number, Instant at, String note, boolean sealed,
                                       String content) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO revision (document_id, number, saved_at, note, sealed, content) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, documentId);
            ps.setLong(2, number);
            ps.setObject(3, Timestamps.toDb(at));
            ps.setString(4, note == null ? "" : note);
            ps.setBoolean(5, sealed);
            ps.setString(6, content);
            ps.executeUpdate();
        }
    }
}
