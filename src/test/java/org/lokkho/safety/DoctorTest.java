package org.lokkho.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.store.backup.BackupPolicy;
import org.lokkho.store.backup.BackupService;
import org.lokkho.store.backup.StoreFixture;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.store.H2Database;

class DoctorTest {
    @TempDir
    Path dir;

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("Asia/Dhaka"));

    private Doctor doctor(Path data, Clock clock, boolean fonts) {
        return new Doctor(data, StoreFixture.JSON, clock, name -> fonts);
    }

    @Test
    void aHealthyFolderWithARecentBackupIsAllOk() {
        Path data = dir.resolve("data");
        try (H2Database db = H2Database.open(data)) {
            StoreFixture.addDocuments(db, "ক", "খ");
            new BackupService(data, BackupPolicy.DEFAULT, Clock.offset(NOW, Duration.ofHours(-3))).backupNow(db);
        }
        DoctorReport report = doctor(data, NOW, true).run();
        assertThat(report.checks()).extracting(DoctorCheck::id).containsExactly("database", "backup", "disk", "fonts", "folder");
        assertThat(report.check("database").status()).isEqualTo(DoctorCheck.Status.OK);
        assertThat(report.check("database").message(Messages.english())).contains("2 documents");
        assertThat(report.check("backup").status()).isEqualTo(DoctorCheck.Status.OK);
        assertThat(report.check("backup").message(Messages.english())).contains("3 hours old");
        assertThat(report.check("fonts").status()).isEqualTo(DoctorCheck.Status.OK);
        assertThat(report.check("folder").status()).isEqualTo(DoctorCheck.Status.OK);
        assertThat(report.lines(Messages.bengali()).get(0)).startsWith("[ঠিক আছে] ডেটাবেস খোলে");
        assertThat(report.lines(Messages.english()).get(0)).startsWith("[OK] Database opens and reads completely");
    }

    @Test
    void problemsAreWarningsOrFailures() throws Exception {
        Path data = dir.resolve("data");
        try (H2Database db = H2Database.open(data)) {
            StoreFixture.addDocuments(db, "ক");
            new BackupService(data, BackupPolicy.DEFAULT, Clock.offset(NOW, Duration.ofDays(-10))).backupNow(db);
        }
        Files.writeString(data.resolve("lokkho.mv.db"), "junk".repeat(3000));
        DoctorReport report = doctor(data, NOW, false).run();
        assertThat(report.check("database").status()).isEqualTo(DoctorCheck.Status.FAIL);
        assertThat(report.check("backup").status()).isEqualTo(DoctorCheck.Status.WARN);
        assertThat(report.check("backup").message(Messages.english())).contains("240 hours old");
        assertThat(report.check("fonts").status()).isEqualTo(DoctorCheck.Status.FAIL);
        assertThat(report.check("fonts").message(Messages.english())).contains("NotoSansBengali-Regular.ttf");
        assertThat(report.failed()).isTrue();
    }

    @Test
    void noBackupYetIsAWarningAndANewFolderIsFine() {
        DoctorReport report = doctor(dir.resolve("fresh"), NOW, true).run();
        assertThat(report.check("database").key()).isEqualTo("safety.doctor.database.new");
        assertThat(report.check("backup").key()).isEqualTo("safety.doctor.backup.none");
        assertThat(report.worst()).isEqualTo(DoctorCheck.Status.WARN);
        assertThat(report.failed()).isFalse();
    }

    @Test
    void aReadOnlyDataFolderFails() throws Exception {
        Path data = dir.resolve("data");
        StoreFixture.addDocuments(data, "ক");
        try (var ro = new org.lokkho.store.backup.ReadOnlyFolder(data)) {
            DoctorReport report = doctor(data, NOW, true).run();
            assertThat(report.check("folder").status()).isEqualTo(DoctorCheck.Status.FAIL);
        }
    }

    @Test
    void theWindowCanCheckItsOwnOpenDatabase() {
        Path data = dir.resolve("data");
        try (H2Database db = H2Database.open(data)) {
            StoreFixture.addDocuments(db, "ক");
            DoctorReport report = doctor(data, NOW, true).run(db);
            assertThat(report.check("database").status()).isEqualTo(DoctorCheck.Status.OK);
        }
    }

    @Test
    void theCliExitCodeFollowsTheWorstCheck() throws Exception {
        Path data = dir.resolve("data");
        StoreFixture.addDocuments(data, "ক");
        // this build may or may not carry the fonts; a damaged database is a failure either way
        Files.writeString(data.resolve("lokkho.mv.db"), "junk".repeat(3000));
        java.io.StringWriter out = new java.io.StringWriter();
        picocli.CommandLine cmd = org.lokkho.cli.LokkhoCommand.withCommands(null);
        cmd.setOut(new java.io.PrintWriter(out, true));
        int code = cmd.execute("--data-dir", data.toString(), "--lang", "en", "doctor");
        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("[FAIL] The database is damaged").contains("[WARN] There is no backup yet.");
    }
}
