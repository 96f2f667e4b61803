package org.lokkho.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lokkho.AppContext;
import org.apache.pdfbox.text.PDFTextStripper;
import org.lokkho.pdf.PrintView;
import org.lokkho.ui.model.MainViewModel;
import org.lokkho.ui.view.MainView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The APA example in the real window (headless Monocle, real data folder): "Export PDF" asks agreement or
 * monitoring, remembers the answer, and the written PDF has the monitoring-only columns exactly when asked for;
 * the print preview switches the view in its toolbar.
 */
@ExtendWith(ApplicationExtension.class)
class PrintViewWindowTest {
    /** Monitoring-only column headers of APA Section 3 (spaces removed: the header cells wrap). */
    private static final String RAW_SCORE = "প্রাপ্তমান(%)";
    private static final String DIRECTION = "সূচকেরদিক";

    private Path dir;
    private AppContext context;
    private MainViewModel vm;
    private MainView view;
    /** Where the next export goes: the test answers the "save as" question (Monocle has no native file dialog). */
    private Path nextTarget;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("lokkho-printview-test");
        LokkhoApp.loadFonts();
        context = new AppContext(dir.resolve("data"));
        vm = new MainViewModel(Services.from(context));
        vm.openExample("apa-2023-24-karaitoli-lcs");
        LokkhoApp.show(stage, vm);
        view = (MainView) stage.getScene().getRoot();
        view.setSaveLocation((owner, title, suggested) -> {
            assertThat(suggested).endsWith(".pdf");
            return Optional.ofNullable(nextTarget);
        });
    }

    @AfterEach
    void close() throws Exception {
        WindowTestFolder.closeAndDelete(context, dir);
    }

    @Test
    void exportAsksForTheViewRemembersItAndWritesTheMonitoringColumnsOnlyWhenChosen(FxRobot robot) throws Exception {
        // First export: the example has achievements typed in, so monitoring is preselected; the officer takes the agreement.
        Path agreement = dir.resolve("agreement.pdf");
        nextTarget = agreement;
        OnScreen.click(robot, "#tool-pdf");
        RadioButton monitoring = (RadioButton) OnScreen.node(robot, "#print-view-monitoring");
        assertThat(monitoring.isSelected()).isTrue();
        OnScreen.click(robot, "#print-view-agreement");
        OnScreen.click(robot, "এগিয়ে যান");
        String agreementText = waitForPdf(agreement);
        assertThat(agreementText).doesNotContain(RAW_SCORE, DIRECTION);

        // Second export: the agreement is remembered; now the officer picks monitoring.
        Path monitoringPdf = dir.resolve("monitoring");
        nextTarget = monitoringPdf;
        OnScreen.click(robot, "#tool-pdf");
        RadioButton agreementChoice = (RadioButton) OnScreen.node(robot, "#print-view-agreement");
        assertThat(agreementChoice.isSelected()).as("the last choice of the session").isTrue();
        Snapshots.write(agreementChoice.getScene(), Path.of("target", "ui-snapshot-print-view-dialog.png"));
        OnScreen.click(robot, "#print-view-monitoring");
        OnScreen.click(robot, "এগিয়ে যান");
        String monitoringText = waitForPdf(dir.resolve("monitoring.pdf")); // ".pdf" added to a bare name
        assertThat(monitoringText).contains(RAW_SCORE, DIRECTION);
        assertThat(vm.statusProperty().get()).contains("monitoring.pdf");

        // Cancelling the question exports nothing.
        nextTarget = dir.resolve("never.pdf");
        OnScreen.click(robot, "#tool-pdf");
        OnScreen.click(robot, "বাতিল");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dir.resolve("never.pdf")).doesNotExist();
    }

    @Test
    void printPreviewSwitchesBetweenTheViews(FxRobot robot) throws Exception {
        OnScreen.click(robot, "#tool-print");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#print-page").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ChoiceBox<PrintView> views = (ChoiceBox<PrintView>) OnScreen.node(robot, "#print-view");
        assertThat(views.getValue()).isEqualTo(PrintView.MONITORING);
        Label page = (Label) OnScreen.node(robot, "#print-page");
        ImageView image = (ImageView) OnScreen.node(robot, "#print-image");
        Image monitoringFirstPage = image.getImage();
        robot.interact(() -> views.setValue(PrintView.AGREEMENT));
        // The pages are made again in the background, in the agreement view, from page 1.
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> image.getImage() != monitoringFirstPage);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(page.getText()).startsWith("পৃষ্ঠা ১ / ");
        assertThat(org.lokkho.ui.model.PdfOutput.of(vm).view().view()).as("remembered for the session")
                .isEqualTo(PrintView.AGREEMENT);
        Snapshots.write(page.getScene(), Path.of("target", "ui-snapshot-print-preview-apa.png"));
    }

    private static String waitForPdf(Path file) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> Files.exists(file));
        WaitForAsyncUtils.waitForFxEvents();
        try (PDDocument d = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", "");
        }
    }
}
