package org.lokkho.ui.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.AppContext;
import org.lokkho.store.backup.BackupFile;
import org.lokkho.store.backup.RestoreResult;
import org.lokkho.domain.document.DocumentStatus;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.ui.Services;
import org.lokkho.ui.model.MainViewModel;

/** The backups window's view model over a real data folder: list, look inside, restore, back up now / to a folder. */
class BackupsViewModelTest {
    @TempDir
    Path dir;
    SafetySession session;
    BackupsViewModel vm;

    @BeforeEach
    void open() {
        session = new SafetySession(new AppContext(dir));
        vm = new BackupsViewModel(session, Messages.bengali());
    }

    @AfterEach
    void close() {
        session.close();
    }

    private MainViewModel main() {
        return new MainViewModel(Services.from(session.context()));
    }

    @Test
    void listsBackupsNewestFirstInBengaliAndShowsWhatIsInside() throws Exception {
        vm.refresh();
        assertThat(vm.backups()).isEmpty();
        assertThat(vm.statusProperty().get()).contains("এখনো কোনো ব্যাকআপ নেই");

        MainViewModel main = main();
        main.openExample();
        String title = main.documents().get(0).title();
        BackupFile auto = session.context().backups().backupNow(session.context().database());
        Path manual = vm.backupNow();
        vm.refresh();

        assertThat(vm.backups()).hasSize(2);
        BackupRow newest = vm.backups().get(0);
        assertThat(newest.file().path()).isEqualTo(manual);
        assertThat(newest.kind()).isEqualTo("হাতে নেওয়া");
        assertThat(vm.backups().get(1).file()).isEqualTo(auto);
        assertThat(vm.backups().get(1).kind()).isEqualTo("স্বয়ংক্রিয়");
        assertThat(newest.time()).matches("[০-৯]{2}/[০-৯]{2}/[০-৯]{4} [০-৯]{2}:[০-৯]{2}:[০-৯]{2}");
        assertThat(newest.size()).matches("[০-৯.]+ (কিলোবাইট|মেগাবাইট)");
        assertThat(vm.statusProperty().get()).contains("২টি ব্যাকআপ");

        BackupRow row = vm.backups().get(1);
        vm.showContents(row, vm.inspect(row));
        assertThat(vm.contentsTitleProperty().get()).contains("১টি দলিল");
        assertThat(vm.contents()).hasSize(1);
        assertThat(vm.contents().get(0)).startsWith(title);
    }

    @Test
    void restoreBringsBackTheOlderStateAndKeepsTheCurrentOneAsABackup() throws Exception {
        MainViewModel main = main();
        main.openExample();
        long id = main.documents().get(0).id();
        DocumentStatus original = main.documents().get(0).status();
        DocumentStatus changed = original == DocumentStatus.FINAL ? DocumentStatus.DRAFT : DocumentStatus.FINAL;
        session.context().backups().backupNow(session.context().database());
        main.setDocumentStatus(changed);
        assertThat(session.context().documents().load(id).orElseThrow().status()).isEqualTo(changed);
        main.openExample();
        assertThat(session.context().documents().list()).hasSize(2);
        AppContext before = session.context();

        vm.refresh();
        BackupRow older = vm.backups().get(0);
        assertThat(vm.confirmRestore(older)).contains(older.time());
        RestoreResult result = vm.restore(older);
        String said = vm.restored(result, vm.list());

        assertThat(session.context()).isNotSameAs(before);
        assertThat(session.context().documents().list()).hasSize(1);
        assertThat(session.context().documents().load(id).orElseThrow().status()).isEqualTo(original);
        assertThat(result.safetyBackup()).isPresent();
        assertThat(said).contains("১টি দলিল").contains("আগের অবস্থার ব্যাকআপ");
        assertThat(vm.backups()).extracting(BackupRow::kind).contains("ফিরিয়ে আনার আগে");

        // the backup of the replaced state holds both documents: the restore can itself be undone
        BackupRow previous = vm.backups().stream().filter(r -> r.file().kind() == BackupFile.Kind.BEFORE_RESTORE).findFirst().orElseThrow();
        vm.showContents(previous, vm.inspect(previous));
        assertThat(vm.contents()).hasSize(2);

        // the reopened folder is usable and announced to the window
        AppContext[] announced = new AppContext[1];
        session.onReopened(c -> announced[0] = c);
        vm.announce();
        assertThat(announced[0]).isSameAs(session.context());
        assertThat(new MainViewModel(Services.from(session.context())).documents()).hasSize(1);
    }

    @Test
    void backupToAFolderWritesAZipThereAndAMissingFolderIsSaidPlainly() throws Exception {
        main().openExample();
        Path usb = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-usb"));
        try {
            Path written = vm.backupTo(usb);
            assertThat(written.getParent()).isEqualTo(usb.toAbsolutePath().normalize());
            assertThat(written.getFileName().toString()).endsWith("-manual.zip");
            assertThat(BackupFile.parse(written)).isPresent();
            vm.showContents(new BackupRow(BackupFile.parse(written).orElseThrow(), "", "", ""),
                    vm.inspect(new BackupRow(BackupFile.parse(written).orElseThrow(), "", "", "")));
            assertThat(vm.contents()).hasSize(1);
        } finally {
            try (var files = Files.list(usb)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(usb);
        }

        Path gone = dir.resolve("no-such-stick").resolve("backup.zip");
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> vm.backupTo(gone));
        assertThat(failure).isNotNull();
        String said = vm.failed(failure);
        assertThat(said).contains("ফোল্ডারটি নেই").doesNotContain("Exception");
        assertThat(vm.statusProperty().get()).isEqualTo(said);
        assertThatThrownBy(() -> vm.backupTo(gone)).isInstanceOf(org.lokkho.app.AppException.class);
    }
}
