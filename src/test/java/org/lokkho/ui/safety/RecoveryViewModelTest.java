package org.lokkho.ui.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.AppContext;
import org.lokkho.app.AppException;
import org.lokkho.store.backup.RestoreResult;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.ui.Services;
import org.lokkho.ui.model.MainViewModel;

/** The start-up recovery dialog's view model on a deliberately truncated database file. */
class RecoveryViewModelTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("lokkho.mv.db");
    }

    /** One document backed up, a second saved after the backup, then the file is cut to a quarter. */
    private AppException damagedFolder() throws Exception {
        try (AppContext ctx = new AppContext(dir)) {
            MainViewModel main = new MainViewModel(Services.from(ctx));
            main.openExample();
            ctx.backups().backupNow(ctx.database());
            main.openExample();
        }
        byte[] bytes = Files.readAllBytes(file());
        Files.write(file(), Arrays.copyOf(bytes, bytes.length / 4));
        return catchThrowableOfType(() -> new AppContext(dir), AppException.class);
    }

    @Test
    void offersTheNewestGoodBackupAndRestoringKeepsTheDamagedFile() throws Exception {
        AppException problem = damagedFolder();
        assertThat(problem).isNotNull();
        assertThat(problem.key()).startsWith("safety.damaged.");
        byte[] damaged = Files.readAllBytes(file());

        RecoveryViewModel vm = new RecoveryViewModel(dir, problem, Messages.bengali());
        assertThat(vm.problemText()).contains("ডেটাবেস ফাইলটি খোলা যাচ্ছে না");
        assertThat(vm.damagedFile()).isEqualTo(file().toAbsolutePath().normalize());
        assertThat(vm.keptText()).contains(dir.toAbsolutePath().normalize().resolve("damaged").toString());
        vm.show(vm.load());
        assertThat(vm.canRestoreProperty().get()).isTrue();
        assertThat(vm.offerProperty().get()).startsWith("সবচেয়ে নতুন ভালো ব্যাকআপ:").contains("১টি দলিল");
        assertThat(vm.latestDocuments()).hasSize(1);
        assertThat(vm.backups()).hasSize(1);
        // looking does not touch the damaged file
        assertThat(Files.readAllBytes(file())).isEqualTo(damaged);

        RestoreResult result = vm.restoreLatestGood();
        Path aside = result.movedAside().orElseThrow();
        assertThat(aside.getParent()).isEqualTo(dir.toAbsolutePath().normalize().resolve("damaged"));
        assertThat(Files.readAllBytes(aside)).as("the damaged file is kept byte for byte").isEqualTo(damaged);
        assertThat(vm.restored(result)).contains("১টি দলিল").contains(aside.toString());
        try (AppContext reopened = new AppContext(dir)) {
            assertThat(reopened.documents().list()).hasSize(1);
        }
        assertThat(Files.readAllBytes(aside)).isEqualTo(damaged);
    }

    @Test
    void withoutBackupsOnlyAnEmptyStartIsOfferedAndTheFileIsStillKept() throws Exception {
        AppException problem = damagedFolder();
        try (var files = Files.list(dir.resolve("backups"))) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        byte[] damaged = Files.readAllBytes(file());
        RecoveryViewModel vm = new RecoveryViewModel(dir, problem, Messages.english());
        vm.show(vm.load());
        assertThat(vm.canRestoreProperty().get()).isFalse();
        assertThat(vm.offerProperty().get()).isEqualTo(Messages.english().get("ui.safety.recovery.noBackup"));
        assertThat(vm.failed(catchThrowableOfType(vm::restoreLatestGood, AppException.class))).doesNotContain("Exception");

        java.util.Optional<Path> moved = vm.startEmpty();
        Path aside = moved.orElseThrow();
        assertThat(vm.startedEmpty(moved)).contains(aside.toString());
        assertThat(Files.readAllBytes(aside)).isEqualTo(damaged);
        try (AppContext fresh = new AppContext(dir)) {
            assertThat(fresh.documents().list()).isEmpty();
        }
    }

    @Test
    void aMissingFileIsSaidSoAndAnEmptyStartOpens() throws Exception {
        damagedFolder();
        Files.delete(file());
        AppException problem = catchThrowableOfType(() -> new AppContext(dir), AppException.class);
        assertThat(problem.key()).isEqualTo("safety.damaged.missing");
        RecoveryViewModel vm = new RecoveryViewModel(dir, problem, Messages.bengali());
        assertThat(vm.problemText()).contains("পাওয়া যাচ্ছে না");
        vm.show(vm.load());
        assertThat(vm.canRestoreProperty().get()).isTrue();
        vm.startedEmpty(vm.startEmpty());
        try (AppContext fresh = new AppContext(dir)) {
            assertThat(fresh.documents().list()).isEmpty();
        }
    }
}
