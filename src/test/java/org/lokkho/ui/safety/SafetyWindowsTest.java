package org.lokkho.ui.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lokkho.AppContext;
import org.lokkho.ui.LokkhoApp;
import org.lokkho.ui.Services;
import org.lokkho.ui.model.MainViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window (headless Monocle) with the backups menu: the backups window and the health check open and fill. */
@ExtendWith(ApplicationExtension.class)
class SafetyWindowsTest {
    private Path dir;
    private SafetySession session;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("lokkho-ui3-test");
        LokkhoApp.loadFonts();
        AppContext context = new AppContext(dir);
        session = new SafetySession(context);
        MainViewModel vm = new MainViewModel(Services.from(context));
        vm.openExample();
        context.backups().backupNow(context.database());
        scene = LokkhoApp.show(stage, vm);
        LokkhoApp.installSafetyMenu(scene, session);
    }

    @AfterEach
    void close() throws Exception {
        org.lokkho.ui.WindowTestFolder.closeAndDelete(session, dir);
    }

    private MenuItem item(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        Menu safety = bar.getMenus().stream().filter(m -> "menu-safety".equals(m.getId())).findFirst().orElseThrow();
        assertThat(safety.getText()).isEqualTo("ব্যাকআপ");
        return safety.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static Scene windowShowing(FxRobot robot, String title) {
        return robot.listTargetWindows().stream().filter(w -> w instanceof Stage s && title.equals(s.getTitle()) && w.isShowing())
                .map(Window::getScene).findFirst().orElseThrow();
    }

    @Test
    void backupsAndHealthCheckWindowsOpenFromTheMenuAndFillInTheBackground(FxRobot robot) throws Exception {
        robot.interact(() -> item(robot, "menu-safety-backups").fire());
        Scene backups = windowShowing(robot, "ব্যাকআপ");
        @SuppressWarnings("unchecked")
        ListView<BackupRow> list = (ListView<BackupRow>) backups.lookup("#backups-list");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> list.getItems().size() == 1);
        assertThat(list.getItems().get(0).kind()).isEqualTo("স্বয়ংক্রিয়");
        robot.interact(() -> list.getSelectionModel().select(0));
        ListView<?> contents = (ListView<?>) backups.lookup("#backup-contents");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> contents.getItems().size() == 1);
        assertThat(((Label) backups.lookup("#backup-contents-title")).getText()).contains("১টি দলিল");
        org.lokkho.ui.SnapshotsAccess.write(backups, Path.of("target", "ui3-backups.png"));

        robot.interact(() -> item(robot, "menu-safety-doctor").fire());
        Scene doctor = windowShowing(robot, "স্বাস্থ্য পরীক্ষা");
        ListView<?> checks = (ListView<?>) doctor.lookup("#doctor-checks");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> checks.getItems().size() == 5);
        assertThat(((org.lokkho.ui.text.WrappingLabel) doctor.lookup("#doctor-summary")).getFullText()).isNotEqualTo("পরীক্ষা চলছে…").isNotBlank();
        assertThat(doctor.getRoot().lookupAll(".doctor-ok")).isNotEmpty();
        org.lokkho.ui.SnapshotsAccess.write(doctor, Path.of("target", "ui3-doctor.png"));
    }
}
