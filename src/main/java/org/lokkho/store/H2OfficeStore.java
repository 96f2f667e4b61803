package org.lokkho.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lokkho.app.OfficeStore;
import org.lokkho.domain.document.Office;

/** Offices in the {@code office} table. */
public final class H2OfficeStore implements OfficeStore {
    private static final String COLUMNS = "name_bn, name_en, ministry_bn, superior_office_bn, address, phone, email, website, head_name, head_designation";

    private final H2Database db;
    private final Clock clock;

    public H2OfficeStore(H2Database db) {
        this(db, Clock.systemUTC());
    }

    public H2OfficeStore(H2Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public List<Office> list() {
        return db.read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, " + COLUMNS + " FROM office ORDER BY name_bn, id")) {
                List<Office> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(map(rs));
                }
                return out;
            }
        });
    }

    @Override
    public Optional<Office> find(long id) {
        return db.read(c -> find(c, id));
    }

    static Optional<Office> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, " + COLUMNS + " FROM office WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    @Override
    public Office save(Office office) {
        if (office.nameBn().isBlank()) {
            // Documents name their office in Bengali; a document with a nameless office could not be read back.
            throw new StoreException("store.error.officeName");
        }
        return db.write(c -> office.id() == 0 ? insert(c, office) : update(c, office));
    }

    private Office insert(Connection c, Office o) throws SQLException {
        String sql = "INSERT INTO office (" + COLUMNS + ", created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            int i = bind(ps, o);
            ps.setObject(i++, Timestamps.toDb(clock.instant()));
            ps.setObject(i, Timestamps.toDb(clock.instant()));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return o.withId(keys.getLong(1));
            }
        }
    }

    private Office update(Connection c, Office o) throws SQLException {
        String sql = "UPDATE office SET name_bn = ?, name_en = ?, ministry_bn = ?, superior_office_bn = ?, address = ?, phone = ?, "
                + "email = ?, website = ?, head_name = ?, head_designation = ?, updated_at = ? WHERE id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = bind(ps, o);
            ps.setObject(i++, Timestamps.toDb(clock.instant()));
            ps.setLong(i, o.id());
            if (ps.executeUpdate() == 0) {
                throw new StoreException("store.error.noOffice", o.id());
            }
            return o;
        }
    }

    private static int bind(PreparedStatement ps, Office o) throws SQLException {
        String[] values = {o.nameBn(), o.nameEn(), o.ministryBn(), o.superiorOfficeBn(), o.address(), o.phone(), o.email(),
                o.website(), o.headName(), o.headDesignation()};
        for (int i = 0; i < values.length; i++) {
            ps.setString(i + 1, values[i]);
        }
        return values.length + 1;
    }

    private static Office map(ResultSet rs) throws SQLException {
        return new Office(rs.getLong("id"), rs.getString("name_bn"), rs.getString("name_en"), rs.getString("ministry_bn"),
                rs.getString("superior_office_bn"), rs.getString("address"), rs.getString("phone"), rs.getString("email"),
                rs.getString("website"), rs.getString("head_name"), rs.getString("head_designation"));
    }
}
