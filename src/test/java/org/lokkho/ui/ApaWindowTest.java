package org.lokkho.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lokkho.AppContext;
import org.lokkho.domain.scoring.GroupScore;
import org.lokkho.ui.model.MainViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The APA example in the real window (headless Monocle): score out of ১০০, warnings panel, the score-chart dialog. */
@ExtendWith(ApplicationExtension.class)
class ApaWindowTest {
    private Path dir;
    private AppContext context;
    private MainViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("lokkho-apaui-test");
        LokkhoApp.loadFonts();
        context = new AppContext(dir);
        vm = new MainViewModel(Services.from(context));
        vm.openExample("apa-2023-24-karaitoli-lcs");
        LokkhoApp.show(stage, vm);
    }

    @AfterEach
    void close() throws Exception {
        WindowTestFolder.closeAndDelete(context, dir);
    }

    @Test
    void apaShowsItsScoreWarningsAndCharts(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#score-total").queryAs(Label.class).getText()).endsWith("/ ১০০");
        assertThat(robot.lookup("#tab-section3").tryQuery()).isPresent();
        TitledPane warnings = robot.lookup("#warnings-panel").queryAs(TitledPane.class);
        assertThat(warnings.getText()).startsWith("সতর্কতা (");
        Snapshots.write(warnings.getScene(), Path.of("target", "ui-snapshot-apa-editor.png"));

        // Clicking a warning shows its table and selects the row it is about.
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<org.lokkho.ui.model.WarningsModel.Item> list = robot.lookup("#warnings-list").queryAs(javafx.scene.control.ListView.class);
        org.lokkho.ui.model.WarningsModel.Item warning = list.getItems().get(0);
        assertThat(warning.section()).isEqualTo("section3");
        robot.clickOn(robot.lookup("#warnings-list .list-cell").nth(0).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<org.lokkho.ui.model.DisplayRow> s3 = robot.lookup("#table-section3").queryAs(javafx.scene.control.TableView.class);
        assertThat(s3.isVisible()).isTrue();
        assertThat(s3.getSelectionModel().getSelectedItem().row().id()).isEqualTo(warning.rowId());

        OnScreen.click(robot, "এপিএ");
        OnScreen.click(robot, "স্কোর চার্ট");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        BarChart<String, Number> areas = robot.lookup("#chart-areas").queryAs(BarChart.class);
        XYChart.Series<String, Number> obtained = areas.getData().get(0);
        assertThat(obtained.getName()).isEqualTo("প্রাপ্ত নম্বর");
        var groups = vm.editor().score().groups();
        assertThat(obtained.getData()).hasSize(groups.size());
        for (int i = 0; i < groups.size(); i++) {
            GroupScore g = groups.get(i);
            assertThat(((Number) obtained.getData().get(i).getYValue()).doubleValue()).isEqualTo(g.obtained().doubleValue());
        }
        assertThat(robot.lookup("#chart-quarters").tryQuery()).isPresent();
        Node charts = robot.lookup("#score-charts").query();
        Snapshots.write(charts.getScene(), Path.of("target", "ui-snapshot-apa-charts.png"));
        OnScreen.click(robot, "বন্ধ");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#score-charts").tryQuery()).isEmpty();
    }
}
