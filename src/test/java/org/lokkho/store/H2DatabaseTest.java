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
