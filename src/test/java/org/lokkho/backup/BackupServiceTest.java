package org.lokkho.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.app.AppException;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.store.H2Database;

class BackupServiceTest {
    @TempDir
    Path dir;

    private BackupService service(Path dataDir) {
        return new BackupService(dataDir, BackupPolicy.DEFAULT, Clock.systemDefaultZone());
    }

    @Test
    void anOnlineBackupHoldsEveryDocumentAndLeavesNoTempFile() throws Exception {
        Path data = dir.resolve("data");
        BackupService backups = service(data);
        BackupFile made;
        try (H2Database db = H2Database.open(data)) {
            StoreFixture.addDocuments(db, "প্রথম", "দ্বিতীয়");
            made = backups.backupNow(db);
            // the store stays open and usable while and after the backup is taken
            StoreFixture.addDocuments(db, "তৃতীয়");
        }
        assertThat(made.path()).exists().hasParent(data.resolve("backups"));
        assertThat(made.kind()).isEqualTo(BackupFile.Kind.AUTO);
        assertThat(backups.list()).containsExactly(made);
        try (Stream<Path> files = Files.list(data.resolve("backups"))) {
            assertThat(files.map(p -> p.getFileName().toString())).allMatch(n -> n.endsWith(".zip") && !n.startsWith("."));
        }
        BackupContents contents = new BackupInspector(StoreFixture.JSON).inspect(made.path());
        assertThat(contents.usable()).isTrue();
        assertThat(contents.time()).contains(made.time());
        assertThat(StoreFixture.titlesOf(contents)).containsExactly("দ্বিতীয়", "প্রথম");
        // inspecting changed nothing in the backup
        assertThat(new BackupInspector(StoreFixture.JSON).inspect(made.path()).documents()).hasSize(2);
        assertThat(StoreMark.read(data.resolve("lokkho.mark"))).isPresent();
    }

    @Test
    void restoreReplacesTheStoreAfterBackingUpTheCurrentOne() {
        Path data = dir.resolve("data");
        BackupService backups = service(data);
        BackupFile early;
        try (H2Database db = H2Database.open(data)) {
            StoreFixture.addDocuments(db, "ক");
            early = backups.backupNow(db);
            StoreFixture.addDocuments(db, "খ", "গ");
        }
        StoreRestorer restorer = new StoreRestorer(backups, new BackupInspector(StoreFixture.JSON), Clock.systemDefaultZone());
        RestoreResult result = restorer.restore(early.path());

        assertThat(StoreFixture.titles(data)).containsExactly("ক");
        assertThat(result.movedAside()).isEmpty();
        BackupFile safety = result.safetyBackup().orElseThrow();
        assertThat(safety.kind()).isEqualTo(BackupFile.Kind.BEFORE_RESTORE);
        assertThat(StoreFixture.titlesOf(new BackupInspector(StoreFixture.JSON).inspect(safety.path()))).containsExactly("ক", "খ", "গ");
        // and the restore can be undone with that backup
        restorer.restore(safety.path());
        assertThat(StoreFixture.titles(data)).containsExactly("ক", "খ", "গ");
        assertThat(StoreProbe.check(new StoreLayout(data)).state()).isEqualTo(StoreHealth.State.OK);
    }

    @Test
    void aBackupThatDoesNotOpenIsRefusedAndTheStoreIsUntouched() throws Exception {
        Path data = dir.resolve("data");
        StoreFixture.addDocuments(data, "ক");
        byte[] before = Files.readAllBytes(data.resolve("lokkho.mv.db"));
        Path bogus = dir.resolve("lokkho-20260101-000000-000.zip");
        Files.writeString(bogus, "not a zip");
        StoreRestorer restorer = new StoreRestorer(service(data), new BackupInspector(StoreFixture.JSON), Clock.systemDefaultZone());
        assertThatThrownBy(() -> restorer.restore(bogus)).isInstanceOf(AppException.class)
                .extracting(e -> ((AppException) e).key()).isEqualTo("safety.restore.badBackup");
        assertThat(Files.readAllBytes(data.resolve("lokkho.mv.db"))).isEqualTo(before);
        assertThat(service(data).list()).isEmpty();
    }

    @Test
    void aManualBackupGoesToTheChosenFolderOrFile() {
        Path data = dir.resolve("data");
        Path usb = dir.resolve("usb");
        BackupService backups = service(data);
        try (H2Database db = H2Database.open(data)) {
            StoreFixture.addDocuments(db, "ক");
            org.lokkho.app.DataFolder.ensure(usb);
            Path inFolder = backups.backupTo(db, usb);
            assertThat(BackupFile.parse(inFolder)).map(BackupFile::kind).contains(BackupFile.Kind.MANUAL);
            Path named = backups.backupTo(db, usb.resolve("office-backup"));
            assertThat(named.getFileName().toString()).isEqualTo("office-backup.zip");
            assertThat(StoreFixture.titlesOf(new BackupInspector(StoreFixture.JSON).inspect(named))).containsExactly("ক");
        }
        assertThat(BackupService.listIn(usb)).hasSize(1);
        assertThat(backups.list()).isEmpty();
    }

    @Test
    void aReadOnlyFolderGivesAClearMessageAndNoFile() throws Exception {
        Path data = dir.resolve("data");
        try (H2Database db = H2Database.open(data); ReadOnlyFolder usb = new ReadOnlyFolder(dir.resolve("usb"))) {
            StoreFixture.addDocuments(db, "ক");
            Path target = usb.path().resolve("backup.zip");
            assertThatThrownBy(() -> service(data).backupTo(db, target)).isInstanceOf(AppException.class)
                    .satisfies(e -> {
                        AppException ae = (AppException) e;
                        assertThat(ae.key()).isEqualTo("safety.write.denied");
                        assertThat(ae.render(Messages.english())).contains(target.toString()).contains("read-only");
                        assertThat(ae.render(Messages.bengali())).contains(target.toString()).contains("কিছুই লেখা হয়নি");
                    });
            try (Stream<Path> files = Files.list(usb.path())) {
                assertThat(files.toList()).isEmpty();
            }
        }
    }

    @Test
    void aMissingFolderSaysSo() {
        Path data = dir.resolve("data");
        try (H2Database db = H2Database.open(data)) {
            Path target = dir.resolve("unplugged-usb").resolve("backup.zip");
            assertThatThrownBy(() -> service(data).backupTo(db, target))
                    .extracting(e -> ((AppException) e).key()).isEqualTo("safety.write.notFound");
        }
    }

    @Test
    void tempFilesOfABackupCutOffByACrashAreClearedAway() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("backups"));
        Path leftover = data.resolve("backups").resolve(".lokkho-20261122-101010-000.zip4242.tmp");
        Files.writeString(leftover, "half a zip");
        try (H2Database db = H2Database.open(data)) {
            service(data).backupNow(db);
        }
        assertThat(leftover).doesNotExist();
        assertThat(service(data).list()).hasSize(1);
    }

    @Test
    void rotationRunsAfterEachAutomaticBackup() {
        Path data = dir.resolve("data");
        BackupService backups = new BackupService(data, new BackupPolicy(java.time.Duration.ZERO, 3, 0), Clock.systemDefaultZone());
        try (H2Database db = H2Database.open(data)) {
            StoreFixture.addDocuments(db, "ক");
            for (int i = 0; i < 6; i++) {
                backups.backupNow(db);
            }
        }
        List<BackupFile> left = backups.list();
        assertThat(left).hasSize(3);
        assertThat(left.get(0).time()).isAfter(left.get(2).time());
    }
}
