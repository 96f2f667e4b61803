package org.lokkho.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.domain.i18n.Messages;

class H2DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyFolderGetsTheSchemaOnceAndKeepsIt() {
        Path data = dir.resolve("nested").resolve("Lokkho");
        try (H2Database db = H2Database.open(data)) {
            assertThat(db.file()).exists();
            assertThat(tables(db)).contains("OFFICE", "DOCUMENT", "REVISION", "EVIDENCE");
            assertThat(migrations(db)).containsExactly("1 true", "2 true");
        }
        try (H2Database db = H2Database.open(data)) {
            assertThat(migrations(db)).containsExactly("1 true", "2 true");
        }
        assertThat(data.resolve("lokkho.mv.db")).exists();
    }

    @Test
    void schemaVersionIsTheNewestMigrationFile() throws Exception {
        Path migrations = Path.of(H2Database.class.getResource("/db/migration").toURI());
        String newest = null;
        try (var files = Files.list(migrations)) {
            for (Path f : files.toList()) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("V([0-9._]+)__.*\\.sql").matcher(f.getFileName().toString());
                if (m.matches() && (newest == null || H2Database.compareVersions(m.group(1), newest) > 0)) {
                    newest = m.group(1);
                }
            }
        }
        assertThat(H2Database.SCHEMA_VERSION).as("raise H2Database.SCHEMA_VERSION with each new migration").isEqualTo(newest);
    }

    @Test
    void anUpToDateFileIsOpenedWithoutFlywayAndAnOlderOneIsMigrated() throws Exception {
        try (H2Database db = H2Database.open(dir)) {
            assertThat(db.read(H2Database::schemaIsCurrent)).isTrue();
            // Pretend the file predates the newest migration: Flyway must run again and notice.
            db.write(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '"
                            + H2Database.SCHEMA_VERSION + "'");
                }
            });
            assertThat(db.read(H2Database::schemaIsCurrent)).isFalse();
        }
        assertThatThrownBy(() -> H2Database.open(dir)).as("Flyway, not the shortcut, sees the failed migration")
                .isInstanceOf(StoreException.class).extracting(e -> ((StoreException) e).key()).isEqualTo("store.error.migrate");
        assertThat(H2Database.compareVersions("1.10", "1.9")).isPositive();
        assertThat(H2Database.compareVersions("2", "2.0")).isZero();
    }

    @Test
    void aDamagedFileGivesTheDamagedKeyNotASqlException() throws Exception {
        Files.write(dir.resolve("lokkho.mv.db"), "this is not an H2 file, just some text that was copied over it\n".repeat(200)
                .getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> H2Database.open(dir)).isInstanceOf(StoreException.class)
                .satisfies(e -> {
                    StoreException se = (StoreException) e;
                    assertThat(se.key()).isEqualTo("store.error.damaged");
                    assertThat(se.render(Messages.english())).contains("lokkho.mv.db").contains("damaged");
                });
    }

    @Test
    void aDataFolderThatIsAFileGivesTheDataDirKey() throws Exception {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        assertThatThrownBy(() -> H2Database.open(file)).isInstanceOf(StoreException.class)
                .extracting(e -> ((StoreException) e).key()).isEqualTo("store.error.dataDir");
    }

    @Test
    void workAfterCloseFailsWithTheClosedKey() {
        H2Database db = H2Database.open(dir);
        db.close();
        db.close();
        assertThat(db.isClosed()).isTrue();
        assertThatThrownBy(() -> new H2OfficeStore(db).list()).isInstanceOf(StoreException.class)
                .extracting(e -> ((StoreException) e).key()).isEqualTo("store.error.closed");
    }

    @Test
    void aFailedWriteIsRolledBack() {
        try (H2Database db = H2Database.open(dir)) {
            H2OfficeStore offices = new H2OfficeStore(db);
            assertThatThrownBy(() -> db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO office (name_bn, created_at, updated_at) VALUES ('ক', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
                    s.executeUpdate("INSERT INTO no_such_table VALUES (1)");
                }
                return null;
            })).isInstanceOf(StoreException.class).extracting(e -> ((StoreException) e).key()).isEqualTo("store.error.sql");
            assertThat(offices.list()).isEmpty();
        }
    }

    private static List<String> tables(H2Database db) {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC'")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    private static List<String> migrations(H2Database db) {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
                while (rs.next()) {
                    out.add(rs.getString(1) + " " + rs.getBoolean(2));
                }
            }
            return out;
        });
    }
}
