package org.lokkho.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lokkho.AppContext;
import org.lokkho.domain.document.TableContent;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.domain.template.ColumnTemplate;
import org.lokkho.ui.model.DisplayRow;
import org.lokkho.ui.model.MainViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window (headless Monocle) over a real H2 data folder in a temp directory. */
@ExtendWith(ApplicationExtension.class)
class LokkhoWindowTest {
    private Path dir;
    private AppContext context;
    private MainViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("lokkho-ui-test");
        LokkhoApp.loadFonts();
        context = new AppContext(dir);
        vm = new MainViewModel(Services.from(context));
        LokkhoApp.show(stage, vm);
    }

    @AfterEach
    void close() throws Exception {
        WindowTestFolder.closeAndDelete(context, dir);
    }

    private String total(FxRobot robot) {
        return robot.lookup("#score-total").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private TableView<DisplayRow> plan(FxRobot robot) {
        return robot.lookup("#table-plan").queryAs(TableView.class);
    }

    private static int line(TableView<DisplayRow> table, String code, DisplayRow.Half half) {
        for (int i = 0; i < table.getItems().size(); i++) {
            DisplayRow d = table.getItems().get(i);
            if (d.row().code().equals(code) && d.half() == half) {
                return i;
            }
        }
        throw new AssertionError(code);
    }

    private static TableColumn<DisplayRow, ?> column(TableView<DisplayRow> table, String key) {
        return table.getVisibleLeafColumns().stream().filter(c -> ((ColumnTemplate) c.getUserData()).key().equals(key))
                .findFirst().orElseThrow();
    }

    private void select(FxRobot robot, String code, DisplayRow.Half half, String key) {
        robot.interact(() -> {
            TableView<DisplayRow> t = plan(robot);
            int l = line(t, code, half);
            t.getSelectionModel().clearAndSelect(l, column(t, key));
            t.getFocusModel().focus(l, column(t, key));
            t.scrollTo(l);
            t.requestFocus();
        });
    }

    private TableCell<?, ?> cell(FxRobot robot, String code, DisplayRow.Half half, String key) {
        TableView<DisplayRow> t = plan(robot);
        int l = line(t, code, half);
        AtomicReference<TableCell<?, ?>> found = new AtomicReference<>();
        for (Node n : robot.lookup(".grid-cell").queryAll()) {
            TableCell<?, ?> c = (TableCell<?, ?>) n;
            if (c.getIndex() == l && c.getTableColumn() != null && ((ColumnTemplate) c.getTableColumn().getUserData()).key().equals(key)) {
                found.set(c);
            }
        }
        assertThat(found.get()).as("cell %s %s %s on screen", code, half, key).isNotNull();
        return found.get();
    }

    private TableRow storedRow(String code) {
        long id = vm.editor().document().id();
        return ((TableContent) context.documents().load(id).orElseThrow().section("plan")).rows().stream()
                .filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    /** Opens the bundled NIS example on the FX thread, as the welcome screen's button does. */
    private void openExample(FxRobot robot) {
        robot.interact(() -> {
            try {
                vm.openExample();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void firstStartIsInBengaliAndTheExampleShowsItsTotal(FxRobot robot) throws Exception {
        assertThat(robot.lookup(".welcome-title").queryAs(Label.class).getText()).isEqualTo("লক্ষ্য-এ স্বাগতম");
        OnScreen.click(robot, "#welcome-example");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(total(robot)).isEqualTo("মোট: ৪০.৮৩ / ৫০");
        assertThat(cell(robot, "১.১", DisplayRow.Half.ACHIEVED, "score").getStyleClass()).contains("derived");
        Snapshots.write(robot.lookup("#menu-bar").query().getScene(), Path.of("target", "ui-snapshot-nis.png"));
    }

    @Test
    void typingIntoACellStoresItAtOnceAndUndoRedoWork(FxRobot robot) {
        openExample(robot);
        select(robot, "১.১", DisplayRow.Half.ACHIEVED, "q4");
        robot.write("-").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(storedRow("১.১").achieved("q4").raw()).isEqualTo("-");
        assertThat(total(robot)).isEqualTo("মোট: ৩৯.৮৩ / ৫০");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(total(robot)).isEqualTo("মোট: ৪০.৮৩ / ৫০");
        assertThat(storedRow("১.১").achieved("q4").raw()).isEqualTo("১");
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(total(robot)).isEqualTo("মোট: ৩৯.৮৩ / ৫০");

        select(robot, "১.১", DisplayRow.Half.ACHIEVED, "q4");
        robot.write("9").push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(storedRow("১.১").achieved("q4").raw()).as("Esc cancels").isEqualTo("-");
    }

    @Test
    void anInvalidCellIsMarkedWithTheReason(FxRobot robot) {
        openExample(robot);
        select(robot, "১.১", DisplayRow.Half.TARGET, "annualTarget");
        robot.write("abc").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        String reason = Messages.bengali().get("cell.error.notValue", "abc");
        select(robot, "১.১", DisplayRow.Half.TARGET, "annualTarget");
        WaitForAsyncUtils.waitForFxEvents();
        TableCell<?, ?> c = cell(robot, "১.১", DisplayRow.Half.TARGET, "annualTarget");
        assertThat(c.getStyleClass()).contains("invalid");
        assertThat(c.getTooltip()).isNotNull();
        assertThat(c.getTooltip().getText()).isEqualTo(reason);
        assertThat(robot.lookup("#cell-problem").queryAs(org.lokkho.ui.text.WrappingLabel.class).getFullText()).isEqualTo(reason);
    }

    @Test
    void pastingABlockAndAddingAndMovingRows(FxRobot robot) {
        openExample(robot);
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("1\t2\n3\t4\n");
            Clipboard.getSystemClipboard().setContent(content);
        });
        select(robot, "১.৪", DisplayRow.Half.TARGET, "q1");
        robot.push(KeyCode.CONTROL, KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();
        TableRow row = storedRow("১.৪");
        assertThat(row.cell("q1").raw()).isEqualTo("1");
        assertThat(row.cell("q2").raw()).isEqualTo("2");
        assertThat(row.achieved("q1").raw()).isEqualTo("3");
        assertThat(row.achieved("q2").raw()).isEqualTo("4");

        select(robot, "১.১", DisplayRow.Half.ACHIEVED, "responsible");
        OnScreen.click(robot, "#add-row-plan");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(storedRow("১.৩").cell("activity").raw()).isEqualTo("নৈতিকতা কমিটির সভার সিদ্ধান্ত বাস্তবায়ন");
        robot.write("x").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(storedRow("১.২").cell("responsible").raw()).isEqualTo("x");
        select(robot, "১.২", DisplayRow.Half.TARGET, "responsible");
        OnScreen.click(robot, "#move-up-plan");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(storedRow("১.১").cell("responsible").raw()).isEqualTo("x");
        assertThat(storedRow("১.২").cell("activity").raw()).isEqualTo("নৈতিকতা কমিটির সভা আয়োজন");

        select(robot, "১.১", DisplayRow.Half.TARGET, "unit");
        robot.write("%").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(storedRow("১.১").cell("unit").raw()).as("typed").isEqualTo("%");
        select(robot, "১.১", DisplayRow.Half.TARGET, "unit");
        robot.push(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> units = robot.lookup(".combo-box.cell-editor").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(units.getItems()).startsWith("সংখ্যা", "%", "তারিখ");
        robot.interact(() -> units.getSelectionModel().select("তারিখ"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(storedRow("১.১").cell("unit").raw()).as("picked").isEqualTo("তারিখ");
    }

    @Test
    void theLanguageMenuSwitchesToEnglish(FxRobot robot) {
        openExample(robot);
        OnScreen.click(robot, "ভাষা");
        OnScreen.click(robot, "English");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(total(robot)).isEqualTo("Total: 40.83 / 50");
        assertThat(robot.lookup("#tool-new").queryButton().getText()).isEqualTo("New document");
    }

    @Test
    void theSameTableEditorServesTheCitizensCharter(FxRobot robot) throws Exception {
        robot.interact(() -> {
            try {
                long id = context.documentService().openSample("citizen-charter-tarakanda-ict").id();
                vm.reloadLists();
                vm.open(id);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertThat(robot.lookup("#score-total").queryAs(Label.class).getParent().isVisible()).as("no score bar for a charter").isFalse();
        robot.interact(() -> {
            javafx.scene.control.Tab tab = robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class).getTabs().stream()
                    .filter(t -> "tab-citizenServices".equals(t.getId())).findFirst().orElseThrow();
            tab.getTabPane().getSelectionModel().select(tab);
        });
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<DisplayRow> services = robot.lookup("#table-citizenServices").queryAs(TableView.class);
        TableColumn<DisplayRow, ?> first = services.getVisibleLeafColumns().get(0);
        assertThat(first.getText()).as("column-number row").isEqualTo("(১)");
        assertThat(services.getItems()).isNotEmpty();
        Snapshots.write(services.getScene(), Path.of("target", "ui-snapshot-charter.png"));
    }

    @Test
    void historyOpensAnOldRevisionReadOnlyAndRestoresIt(FxRobot robot) {
        openExample(robot);
        select(robot, "১.১", DisplayRow.Half.ACHIEVED, "q4");
        robot.write("-").push(KeyCode.ENTER);
        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).isEqualTo("সংরক্ষিত");
        assertThat(total(robot)).isEqualTo("মোট: ৩৯.৮৩ / ৫০");

        OnScreen.click(robot, "#tool-history");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<org.lokkho.app.Revision> list = robot.lookup(".dialog-pane .list-view")
                .queryAs(javafx.scene.control.ListView.class);
        assertThat(list.getItems()).hasSizeGreaterThanOrEqualTo(2);
        robot.interact(() -> list.getSelectionModel().selectLast());
        OnScreen.click(robot, "শুধু দেখুন");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#read-only-banner").tryQuery()).isPresent();
        assertThat(total(robot)).isEqualTo("মোট: ৪০.৮৩ / ৫০");

        OnScreen.click(robot, "#tool-history");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<org.lokkho.app.Revision> again = robot.lookup(".dialog-pane .list-view")
                .queryAs(javafx.scene.control.ListView.class);
        robot.interact(() -> again.getSelectionModel().selectLast());
        OnScreen.click(robot, "ফিরিয়ে আনুন");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#read-only-banner").tryQuery()).isEmpty();
        assertThat(total(robot)).isEqualTo("মোট: ৪০.৮৩ / ৫০");
        assertThat(storedRow("১.১").achieved("q4").raw()).isEqualTo("১");
    }
}
