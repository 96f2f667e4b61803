package org.lokkho.store.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.AppContext;
import org.lokkho.app.AppException;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.store.H2Database;

/** The start after a clean close skips the probe, and only when the file is exactly as that close left it. */
class CleanCloseTest {
    @TempDir
    Path dir;

    private Path data() {
        return dir.resolve("data");
    }

    private StoreLayout layout() {
        return new StoreLayout(data());
    }

    /** A store with a backup (so a mark) and one more document after it, closed the way the app closes. */
    private void storeClosedByTheApp() {
        try (H2Database db = H2Database.open(data())) {
            StoreFixture.addDocuments(db, "ক");
            new BackupService(data(), BackupPolicy.DEFAULT, Clock.systemDefaultZone()).backupNow(db);
        }
        try (AppContext ctx = new AppContext(data())) {
            assertThat(ctx.documentService().list()).hasSize(1);
        }
    }

    @Test
    void aCleanCloseLeavesANoteThatTheNextStartUsesOnce() {
        storeClosedByTheApp();
        assertThat(layout().cleanCloseFile()).exists();
        try (AppContext ctx = new AppContext(data())) {
            assertThat(layout().cleanCloseFile()).as("read and removed at start").doesNotExist();
            assertThat(ctx.documentService().list()).hasSize(1);
        }
        assertThat(layout().cleanCloseFile()).exists();
    }

    @Test
    void aFileCutAfterACleanCloseIsStillReportedAsDamaged() throws Exception {
        storeClosedByTheApp();
        Path file = layout().databaseFile();
        byte[] bytes = Files.readAllBytes(file);
        byte[] cut = Arrays.copyOf(bytes, bytes.length / 4);
        Files.write(file, cut);

        assertThatThrownBy(() -> new AppContext(data(), Messages.ENGLISH)).isInstanceOf(AppException.class)
                .satisfies(e -> assertThat(((AppException) e).key()).startsWith("safety.damaged."));
        assertThat(Files.readAllBytes(file)).as("left as it was found").isEqualTo(cut);
    }

    @Test
    void aFileReplacedAfterACleanCloseIsProbed() throws Exception {
        storeClosedByTheApp();
        Path older = dir.resolve("older.mv.db");
        Files.copy(layout().databaseFile(), older);
        try (H2Database db = H2Database.open(data())) {
            StoreFixture.addDocuments(db, "খ");
            new BackupService(data(), BackupPolicy.DEFAULT, Clock.systemDefaultZone()).backupNow(db);
        }
        try (AppContext ignored = new AppContext(data())) {
            // a clean close again, now with both documents backed up
        }
        // an older copy put in its place, even with the time the note expects, is not the same file
        var noted = Files.getLastModifiedTime(layout().databaseFile());
        Files.copy(older, layout().databaseFile(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(layout().databaseFile(), noted);

        assertThatThrownBy(() -> new AppContext(data(), Messages.ENGLISH)).isInstanceOf(AppException.class)
                .satisfies(e -> assertThat(((AppException) e).key()).isEqualTo("safety.damaged.wentBack"));
    }

    @Test
    void aNoteThatDoesNotMatchIsDroppedAndTheStoreOpens() throws Exception {
        storeClosedByTheApp();
        Files.writeString(layout().cleanCloseFile(), "lokkho-clean-close 1\n1 2 null\n");
        assertThat(CleanClose.confirmAndForget(layout())).isFalse();
        assertThat(layout().cleanCloseFile()).doesNotExist();
        assertThat(CleanClose.confirmAndForget(layout())).as("nothing to confirm").isFalse();
        try (AppContext ctx = new AppContext(data())) {
            assertThat(ctx.documentService().list()).hasSize(1);
        }
    }
}
