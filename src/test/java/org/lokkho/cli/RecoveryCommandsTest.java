package org.lokkho.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.backup.BackupFile;
import org.lokkho.backup.BackupService;
import org.lokkho.backup.StoreFixture;
import org.lokkho.safety.ChildJvm;
import org.lokkho.safety.HolderMain;

/** backup, backups and restore from the command line, with real stores and real backup files. */
class RecoveryCommandsTest {
    @TempDir
    Path dir;

    private Path data() {
        return dir.resolve("data");
    }

    private CliRun cli(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--data-dir";
        all[1] = data().toString();
        all[2] = "--lang";
        all[3] = "en";
        System.arraycopy(args, 0, all, 4, args.length);
        return CliRun.of(all);
    }

    @Test
    void backupThenRestoreBringsBackTheDocumentsAndKeepsTheReplacedOnes() throws Exception {
        StoreFixture.addDocuments(data(), "ক");
        Path usb = dir.resolve("usb");
        Files.createDirectories(usb);
        CliRun backup = cli("backup", "-o", usb.resolve("before-changes.zip").toString());
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("Backup written: " + usb.resolve("before-changes.zip"));

        StoreFixture.addDocuments(data(), "খ");
        CliRun restore = cli("restore", usb.resolve("before-changes.zip").toString());
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("backed up first to").contains("(1 documents)");
        assertThat(StoreFixture.titles(data())).containsExactly("ক");

        List<BackupFile> kept = new BackupService(data(), org.lokkho.backup.BackupPolicy.DEFAULT, java.time.Clock.systemUTC()).list();
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).kind()).isEqualTo(BackupFile.Kind.BEFORE_RESTORE);

        CliRun list = cli("backups", "--documents");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains(kept.get(0).fileName()).contains("before a restore").contains("2 documents")
                .contains("ক").contains("খ");
        // by bare name, as 'backups' prints it
        CliRun undo = cli("restore", kept.get(0).fileName());
        assertThat(undo.code()).as(undo.err()).isZero();
        assertThat(StoreFixture.titles(data())).containsExactly("ক", "খ");
    }

    @Test
    void backupWithoutOutputGoesIntoTheBackupsFolder() {
        StoreFixture.addDocuments(data(), "ক");
        assertThat(cli("backup").code()).isZero();
        CliRun list = CliRun.of("--data-dir", data().toString(), "backups");
        assertThat(list.out()).contains("১টি দলিল").contains("স্বয়ংক্রিয়");
    }

    @Test
    void emptyListsAndMissingFilesAreOneLine() {
        assertThat(cli("backups").out()).contains("No backups yet");
        CliRun missing = cli("restore", dir.resolve("nope.zip").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.errLines()).hasSize(1);
        assertThat(missing.err()).contains("There is no backup file");
    }

    @Test
    void writeCommandsAreRefusedWhileAnotherLokkhoHasTheFolderButListingBackupsWorks() throws Exception {
        StoreFixture.addDocuments(data(), "ক");
        assertThat(cli("backup").code()).isZero();
        Path backup;
        try (Stream<Path> files = Files.list(data().resolve("backups"))) {
            backup = files.findFirst().orElseThrow();
        }
        try (ChildJvm other = ChildJvm.start(HolderMain.class, data().toString())) {
            other.await("READY");
            for (CliRun run : List.of(cli("restore", backup.toString()), cli("backup", "-o", dir.resolve("x.zip").toString()),
                    cli("import", dir.resolve("whatever.json").toString()))) {
                assertThat(run.code()).isEqualTo(1);
                assertThat(run.errLines()).hasSize(1);
                assertThat(run.err()).startsWith("Lokkho is already open with this data folder");
            }
            assertThat(cli("backups").code()).isZero();
            assertThat(dir.resolve("x.zip")).doesNotExist();
        }
        // the refused commands changed nothing: the store is as it was, with no extra backup
        assertThat(StoreFixture.titles(data())).containsExactly("ক");
        try (Stream<Path> files = Files.list(data().resolve("backups"))) {
            assertThat(files.count()).isEqualTo(1);
        }
    }

    @Test
    void aDamagedStoreIsExplainedAndRestoreMovesItAside() throws Exception {
        StoreFixture.addDocuments(data(), "ক");
        assertThat(cli("backup").code()).isZero();
        Path file = data().resolve("lokkho.mv.db");
        Files.writeString(file, "not a database ".repeat(500));
        CliRun list = cli("list");
        assertThat(list.code()).isEqualTo(1);
        assertThat(list.errLines()).hasSize(1);
        assertThat(list.err()).contains("damaged").contains("lokkho restore");
        Path backup;
        try (Stream<Path> files = Files.list(data().resolve("backups"))) {
            backup = files.findFirst().orElseThrow();
        }
        CliRun restore = cli("restore", backup.toString());
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("damaged database file was moved to " + data().resolve("damaged"));
        assertThat(cli("list").out()).contains("ক");
    }
}
