package org.lokkho.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lokkho.app.Evidence;
import org.lokkho.app.EvidenceStore;

/** Evidence rows in the {@code evidence} table (migration V2). */
public final class H2EvidenceStore implements EvidenceStore {
    private static final String COLUMNS = "id, document_id, row_id, quarter, file_name, sha256, size, added_at";

    private final H2Database db;
    private final Clock clock;

    public H2EvidenceStore(H2Database db) {
        this(db, Clock.systemUTC());
    }

    public H2EvidenceStore(H2Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Evidence add(Evidence e) {
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // what the column keeps
        return db.write(c -> {
            String sql = "INSERT INTO evidence (document_id, row_id, quarter, file_name, sha256, size, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
            try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, e.documentId());
                ps.setString(2, e.rowId());
                ps.setString(3, e.quarter());
                ps.setString(4, e.fileName());
                ps.setString(5, e.sha256());
                ps.setLong(6, e.size());
                ps.setObject(7, Timestamps.toDb(now));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return new Evidence(keys.getLong(1), e.documentId(), e.rowId(), e.quarter(), e.fileName(), e.sha256(), e.size(), now);
                }
            }
        });
    }

    @Override
    public List<Evidence> list(long documentId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM evidence WHERE document_id = ? ORDER BY id")) {
                ps.setLong(1, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                    List<Evidence> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(map(rs));
                    }
                    return out;
                }
            }
        });
    }

    @Override
    public Optional<Evidence> find(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM evidence WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(map(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public boolean remove(long id) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM evidence WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate() > 0;
            }
        });
    }

    @Override
    public int countUsing(long documentId, String sha256, String fileName) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COUNT(*) FROM evidence WHERE document_id = ? AND sha256 = ? AND file_name = ?")) {
                ps.setLong(1, documentId);
                ps.setString(2, sha256);
                ps.setString(3, fileName);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    private static Evidence map(ResultSet rs) throws SQLException {
        return new Evidence(rs.getLong("id"), rs.getLong("document_id"), rs.getString("row_id"), rs.getString("quarter"),
                rs.getString("file_name"), rs.getString("sha256").strip(), rs.getLong("size"), Timestamps.fromDb(rs, "added_at"));
    }
}
