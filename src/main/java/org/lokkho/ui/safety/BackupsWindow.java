package org.lokkho.ui.safety;

import org.lokkho.ui.text.WrappingLabel;
import java.io.File;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.lokkho.domain.i18n.Messages;

/** The backups window: binds {@link BackupsViewModel} and runs its work in the background. */
public final class BackupsWindow {
    private final BackupsViewModel vm;
    private final Stage stage = new Stage();
    private final WrappingLabel status = new WrappingLabel();

    public BackupsWindow(Window owner, BackupsViewModel vm) {
        this.vm = vm;
        Messages m = vm.messages();
        stage.initOwner(owner);
        // the main window waits while this one is open: no edits go to a store that a restore is about to replace
        stage.initModality(javafx.stage.Modality.WINDOW_MODAL);
        stage.setTitle(m.get("ui.safety.backups.title"));

        ListView<BackupRow> list = new ListView<>(vm.backups());
        list.setId("backups-list");
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(BackupRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.time() + "    " + r.kind() + "    " + r.size());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                Background.run(vm.busyProperty(), () -> vm.inspect(row), c -> vm.showContents(row, c), vm::failed);
            }
        });
        Label listTitle = new Label(m.get("ui.safety.backups.listTitle"));
        listTitle.getStyleClass().add("safety-heading");
        VBox left = new VBox(6, listTitle, list);
        VBox.setVgrow(list, Priority.ALWAYS);

        ListView<String> contents = new ListView<>(vm.contents());
        contents.setId("backup-contents");
        contents.setPlaceholder(new Label(m.get("ui.safety.backups.pick")));
        Label contentsTitle = new Label();
        contentsTitle.setId("backup-contents-title");
        contentsTitle.getStyleClass().add("safety-heading");
        contentsTitle.textProperty().bind(vm.contentsTitleProperty());
        Label readOnly = new Label(m.get("ui.safety.backups.readOnly"));
        readOnly.getStyleClass().add("safety-note");
        VBox right = new VBox(6, contentsTitle, contents, readOnly);
        VBox.setVgrow(contents, Priority.ALWAYS);

        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.45);

        Button restore = button("backups-restore", m.get("ui.safety.backups.restore"), () -> restore(list.getSelectionModel().getSelectedItem()));
        restore.disableProperty().bind(vm.busyProperty().or(list.getSelectionModel().selectedItemProperty().isNull()));
        Button now = button("backups-now", m.get("ui.safety.backups.now"), this::backupNow);
        now.disableProperty().bind(vm.busyProperty());
        Button toFolder = button("backups-to-folder", m.get("ui.safety.backups.toFolder"), this::backupToFolder);
        toFolder.disableProperty().bind(vm.busyProperty());
        Button close = button("backups-close", m.get("ui.safety.close"), stage::close);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(vm.busyProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, restore, now, toFolder, gap, progress, close);

        status.setId("backups-status");
        status.fullTextProperty().bind(vm.statusProperty());

        BorderPane root = new BorderPane(split);
        root.setBottom(new VBox(8, status, buttons));
        root.setPadding(new Insets(10));
        BorderPane.setMargin(split, new Insets(0, 0, 8, 0));
        Scene scene = new Scene(root, 960, 560);
        scene.getStylesheets().add(BackupsWindow.class.getResource("/ui/lokkho.css").toExternalForm());
        stage.setScene(scene);
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
        reload();
    }

    private void reload() {
        Background.run(vm.busyProperty(), vm::list, vm::showList, vm::failed);
    }

    private void restore(BackupRow row) {
        if (row == null) {
            return;
        }
        Messages m = vm.messages();
        ButtonType yes = new ButtonType(m.get("ui.safety.backups.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(m.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        if (SafetyAlerts.ask(stage, m.get("ui.safety.backups.restore"), vm.confirmRestore(row), yes, no).orElse(no) != yes) {
            return;
        }
        Background.run(vm.busyProperty(), () -> {
            var result = vm.restore(row);
            return new Done<>(result, vm.list());
        }, r -> {
            String text = vm.restored(r.value(), r.rows());
            vm.announce();
            info(text);
        }, e -> {
            // the folder was reopened as it was; the main window must use the new context all the same
            vm.announce();
            error(vm.failed(e));
        });
    }

    /** The result of a piece of work and the backups list read right after it (both off the FX thread). */
    private record Done<T>(T value, java.util.List<BackupRow> rows) {
    }

    private void backupNow() {
        Background.run(vm.busyProperty(), () -> {
            var written = vm.backupNow();
            return new Done<>(written, vm.list());
        }, r -> vm.backedUp(r.value(), r.rows()), e -> error(vm.failed(e)));
    }

    private void backupToFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(vm.messages().get("ui.safety.backups.chooseFolder"));
        File folder = chooser.showDialog(stage);
        if (folder == null) {
            return;
        }
        Background.run(vm.busyProperty(), () -> {
            var written = vm.backupTo(folder.toPath());
            return new Done<>(written, vm.list());
        }, r -> info(vm.backedUp(r.value(), r.rows())), e -> error(vm.failed(e)));
    }

    private void info(String text) {
        SafetyAlerts.of(Alert.AlertType.INFORMATION, stage, vm.messages().get("ui.safety.backups.title"), text, ButtonType.OK).show();
    }

    private void error(String text) {
        SafetyAlerts.of(Alert.AlertType.ERROR, stage, vm.messages().get("ui.dialog.error"), text, ButtonType.OK).show();
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
