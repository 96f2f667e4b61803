package org.lokkho.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lokkho.AppContext;
import org.lokkho.ui.model.MainViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The print preview and the signing-keys dialog open from the real window (headless Monocle, real data folder). */
@ExtendWith(ApplicationExtension.class)
class OutputWindowTest {
    private Path dir;
    private AppContext context;
    private MainViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("lokkho-ui2-test");
        LokkhoApp.loadFonts();
        context = new AppContext(dir);
        vm = new MainViewModel(Services.from(context));
        vm.openExample();
        LokkhoApp.show(stage, vm);
    }

    @AfterEach
    void close() throws Exception {
        WindowTestFolder.closeAndDelete(context, dir);
    }

    @Test
    void printShowsOurPdfPageByPage(FxRobot robot) throws Exception {
        OnScreen.click(robot, "#tool-print");
        // the PDF and the page images are made in the background; the window stays usable meanwhile
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#print-page").tryQuery().isPresent());
        Label page = robot.lookup("#print-page").queryAs(Label.class);
        assertThat(page.getText()).isEqualTo("পৃষ্ঠা ১ / ৪");
        OnScreen.click(robot, "#print-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(page.getText()).isEqualTo("পৃষ্ঠা ২ / ৪");
        Snapshots.write(page.getScene(), Path.of("target", "ui-snapshot-print-preview.png"));
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#print-page").tryQuery()).isEmpty();
    }

    @Test
    void signingKeysOpensFromThePackageMenu(FxRobot robot) {
        OnScreen.click(robot, "প্যাকেজ");
        OnScreen.click(robot, "স্বাক্ষর কী");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> keys = robot.lookup("#keys-list").queryAs(ListView.class);
        assertThat(keys.getItems()).isEmpty();
        assertThat(robot.lookup("#keys-create").tryQuery()).isPresent();
        OnScreen.click(robot, "বন্ধ");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#keys-list").tryQuery()).isEmpty();
    }
}
