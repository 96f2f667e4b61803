package org.lokkho.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.app.AppException;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.store.H2Database;
import org.lokkho.store.H2DocumentStore;

class BackupSchedulerTest {
    @TempDir
    Path dir;

    @Test
    void oneBackupAtStartThenAtMostOnePerIntervalWhileEditing() throws Exception {
        Path data = dir.resolve("data");
        Duration interval = Duration.ofMillis(1500);
        BackupService backups = new BackupService(data, BackupPolicy.DEFAULT.withInterval(interval), Clock.systemUTC());
        try (H2Database db = H2Database.open(data); BackupScheduler scheduler = new BackupScheduler(backups, db, Clock.systemUTC())) {
            StoreFixture.addDocuments(db, "ক");
            BackupOnSave store = new BackupOnSave(new H2DocumentStore(db, StoreFixture.JSON), scheduler);
            FormDocument doc = store.load(store.list().get(0).id()).orElseThrow();

            store.save(doc);
            scheduler.awaitIdle(Duration.ofSeconds(30));
            assertThat(backups.list()).as("saves before start() make no backups (the CLI)").isEmpty();

            scheduler.start();
            scheduler.awaitIdle(Duration.ofSeconds(30));
            assertThat(backups.list()).hasSize(1);

            long editingStarted = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                doc.setTitle("সম্পাদনা " + i);
                store.save(doc);
            }
            boolean quick = Duration.ofNanos(System.nanoTime() - editingStarted).compareTo(interval) < 0;
            if (quick) {
                assertThat(backups.list()).as("a burst of saves within the interval waits for it").hasSize(1);
            }
            Thread.sleep(interval.toMillis() + 500);
            scheduler.awaitIdle(Duration.ofSeconds(30));
            assertThat(backups.list()).hasSize(2);
            BackupContents newest = new BackupInspector(StoreFixture.JSON).inspect(backups.list().get(0).path());
            assertThat(StoreFixture.titlesOf(newest)).as("the edits made after the start backup are in the next one")
                    .containsExactly("সম্পাদনা 19");

            Thread.sleep(interval.toMillis() + 200);
            scheduler.awaitIdle(Duration.ofSeconds(30));
            assertThat(backups.list()).as("no edits, no backups").hasSize(2);
        }
    }

    @Test
    void savesMadeAroundTheWrapperAreFoundByThePeriodicLook() throws Exception {
        Path data = dir.resolve("data");
        Duration interval = Duration.ofMillis(800);
        BackupService backups = new BackupService(data, BackupPolicy.DEFAULT.withInterval(interval), Clock.systemUTC());
        try (H2Database db = H2Database.open(data); BackupScheduler scheduler = new BackupScheduler(backups, db, Clock.systemUTC())) {
            StoreFixture.addDocuments(db, "ক");
            scheduler.start();
            scheduler.awaitIdle(Duration.ofSeconds(30));
            assertThat(backups.list()).hasSize(1);
            Thread.sleep(interval.toMillis() * 2 + 300);
            assertThat(backups.list()).as("nothing changed, nothing backed up").hasSize(1);
            // a save straight through the store (as the window's editor does), not through BackupOnSave
            H2DocumentStore raw = new H2DocumentStore(db, StoreFixture.JSON);
            FormDocument doc = raw.load(raw.list().get(0).id()).orElseThrow();
            doc.setTitle("সরাসরি");
            raw.save(doc);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (backups.list().size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(backups.list()).hasSize(2);
            scheduler.awaitIdle(Duration.ofSeconds(30));
            assertThat(StoreFixture.titlesOf(new BackupInspector(StoreFixture.JSON).inspect(backups.list().get(0).path())))
                    .containsExactly("সরাসরি");
        }
    }

    @Test
    void aFailingBackupIsReportedAndDoesNotStopSaving() throws Exception {
        Path data = dir.resolve("data");
        BackupService backups = new BackupService(data, BackupPolicy.DEFAULT, Clock.systemUTC());
        AtomicReference<AppException> failure = new AtomicReference<>();
        try (H2Database db = H2Database.open(data)) {
            StoreFixture.addDocuments(db, "ক");
            java.nio.file.Files.writeString(data.resolve("backups"), "a file where the backups folder should be");
            try (BackupScheduler scheduler = new BackupScheduler(backups, db, Clock.systemUTC())) {
                scheduler.onFailure(failure::set);
                scheduler.start();
                scheduler.awaitIdle(Duration.ofSeconds(30));
                assertThat(failure.get()).isNotNull();
                assertThat(failure.get().key()).startsWith("safety.write.");
                assertThat(scheduler.lastFailure()).isPresent();
                StoreFixture.addDocuments(db, "খ");
            }
        }
        assertThat(StoreFixture.titles(data)).containsExactly("ক", "খ");
    }
}
