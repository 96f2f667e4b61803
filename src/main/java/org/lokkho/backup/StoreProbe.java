package org.lokkho.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.h2.api.ErrorCode;

/**
 * Looks at the database file before the app opens it for work, without changing a byte of it (H2 read-only
 * mode, no migrations): a damaged file must reach the damaged/ folder exactly as it was found. Besides "H2
 * refuses it", a file that opens but is behind its {@link StoreMark} counts as damaged: H2 silently falls back
 * to an older state when the end of the file is missing.
 */
public final class StoreProbe {
    private StoreProbe() {
    }

    public static StoreHealth check(StoreLayout layout) {
        Path file = layout.databaseFile();
        Optional<StoreMark> mark = readMark(layout);
        if (!Files.exists(file)) {
            return mark.isPresent()
                    ? new StoreHealth(StoreHealth.State.DAMAGED, file, "safety.damaged.missing", "database file missing")
                    : StoreHealth.ok(file, StoreHealth.State.NEW);
        }
        Path copy;
        try {
            copy = copyOf(file, layout.dataDir().resolve(".probe"));
        } catch (IOException e) {
            // no room or no access for the copy: no verdict from us; opening the store will say what is wrong
            return new StoreHealth(StoreHealth.State.OK, file, "", "not probed: " + e.getMessage());
        }
        try {
            return checkCopy(file, copy, mark);
        } finally {
            BackupInspector.deleteTree(copy.getParent());
        }
    }

    /**
     * H2 keeps its file lock when it fails to open a damaged file, so the probe opens a copy: the original stays
     * free to be moved aside (Windows refuses to move a file still open) and is never written to. The copy lives
     * in {@code <dataDir>/.probe/}, cleared first, so a copy left by a process killed mid-probe is not kept.
     */
    private static Path copyOf(Path file, Path dir) throws IOException {
        BackupInspector.deleteTree(dir);
        Files.createDirectories(dir);
        Path copy = dir.resolve(file.getFileName());
        try {
            Files.copy(file, copy);
        } catch (IOException e) {
            BackupInspector.deleteTree(dir);
            throw e;
        }
        return copy;
    }

    private static StoreHealth checkCopy(Path file, Path copy, Optional<StoreMark> mark) {
        long version;
        try {
            version = StoreVersion.of(copy);
        } catch (RuntimeException e) {
            return new StoreHealth(StoreHealth.State.DAMAGED, file, "safety.damaged.cannotOpen", String.valueOf(e.getMessage()));
        }
        String base = copy.toString().substring(0, copy.toString().length() - ".mv.db".length());
        String url = "jdbc:h2:file:" + base + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
        try (Connection c = DriverManager.getConnection(url, "lokkho", "")) {
            if (!hasDocumentTable(c)) {
                // created but never migrated (first start interrupted): nothing in it to lose
                return mark.isPresent()
                        ? new StoreHealth(StoreHealth.State.DAMAGED, file, "safety.damaged.wentBack", "schema missing")
                        : StoreHealth.ok(file, StoreHealth.State.OK);
            }
            if (mark.isPresent()) {
                Optional<String> lost = mark.get().lostAgainst(StoreMark.of(c, version));
                if (lost.isPresent()) {
                    return new StoreHealth(StoreHealth.State.DAMAGED, file, "safety.damaged.wentBack", lost.get());
                }
            }
            return StoreHealth.ok(file, StoreHealth.State.OK);
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return new StoreHealth(StoreHealth.State.LOCKED, file, "safety.error.alreadyOpen", e.getMessage());
            }
            return new StoreHealth(StoreHealth.State.DAMAGED, file, "safety.damaged.cannotOpen", e.getMessage());
        } catch (RuntimeException e) {
            // H2 can throw its own unchecked exceptions on a mangled file
            return new StoreHealth(StoreHealth.State.DAMAGED, file, "safety.damaged.cannotOpen", String.valueOf(e));
        }
    }

    private static boolean hasDocumentTable(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'DOCUMENT'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    private static Optional<StoreMark> readMark(StoreLayout layout) {
        try {
            return StoreMark.read(layout.markFile());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
