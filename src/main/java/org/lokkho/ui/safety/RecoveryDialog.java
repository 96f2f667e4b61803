package org.lokkho.ui.safety;

import org.lokkho.ui.text.WrappingLabel;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.lokkho.domain.i18n.Messages;

/**
 * Shown at start-up instead of the main window when the database file is damaged. Returns whether the folder
 * is now usable (a backup restored, or an empty start); false means the officer chose to quit.
 */
public final class RecoveryDialog {
    private final RecoveryViewModel vm;
    private final Stage stage = new Stage();
    private final javafx.beans.property.BooleanProperty busy = new javafx.beans.property.SimpleBooleanProperty(false);
    private boolean recovered;

    public RecoveryDialog(RecoveryViewModel vm) {
        this.vm = vm;
        Messages m = vm.messages();
        stage.initModality(Modality.APPLICATION_MODAL);
        stage.setTitle(m.get("ui.safety.recovery.title"));

        Label heading = new Label(m.get("ui.safety.recovery.heading"));
        heading.getStyleClass().add("recovery-heading");
        WrappingLabel problem = wrapped(vm.problemText());
        problem.setId("recovery-problem");
        TextField file = new TextField(vm.damagedFile().toString());
        file.setEditable(false);
        file.setId("recovery-file");
        file.setFocusTraversable(false);
        WrappingLabel kept = wrapped(vm.keptText());
        kept.getStyleClass().add("safety-note");
        WrappingLabel offer = wrapped("");
        offer.setId("recovery-offer");
        offer.getStyleClass().add("safety-heading");
        offer.fullTextProperty().bind(vm.offerProperty());
        ListView<String> documents = new ListView<>(vm.latestDocuments());
        documents.setPrefHeight(150);
        documents.setFocusTraversable(false);
        WrappingLabel status = wrapped("");
        status.setId("recovery-status");
        status.getStyleClass().add("recovery-error");
        status.fullTextProperty().bind(vm.statusProperty());

        Button latest = new Button(m.get("ui.safety.recovery.restoreLatest"));
        latest.setId("recovery-latest");
        latest.setDefaultButton(true);
        latest.disableProperty().bind(busy.or(vm.canRestoreProperty().not()));
        latest.setOnAction(e -> finish(() -> vm.restored(vm.restoreLatestGood())));
        Button other = new Button(m.get("ui.safety.recovery.chooseOther"));
        other.setId("recovery-other");
        other.disableProperty().bind(busy.or(javafx.beans.binding.Bindings.isEmpty(vm.backups())));
        other.setOnAction(e -> chooseOther());
        Button empty = new Button(m.get("ui.safety.recovery.startEmpty"));
        empty.setId("recovery-empty");
        empty.disableProperty().bind(busy);
        empty.setOnAction(e -> confirmEmpty());
        Button quit = new Button(m.get("ui.safety.recovery.quit"));
        quit.setId("recovery-quit");
        quit.disableProperty().bind(busy);
        quit.setOnAction(e -> stage.close());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(busy);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);

        VBox.setVgrow(documents, Priority.ALWAYS);
        stage.setOnShown(e -> latest.requestFocus());
        VBox root = new VBox(10, heading, problem, new Label(m.get("ui.safety.recovery.fileLabel")), file, kept, offer,
                documents, status, new HBox(8, latest, other, empty, gap, progress, quit));
        root.setPadding(new Insets(16));
        Scene scene = new Scene(root, 820, 560);
        scene.getStylesheets().add(RecoveryDialog.class.getResource("/ui/lokkho.css").toExternalForm());
        stage.setScene(scene);
    }

    private static WrappingLabel wrapped(String text) {
        return SafetyAlerts.wrapped(text, 780);
    }

    /** Shows the dialog, looks for backups in the background and waits for the officer's choice. */
    public boolean showAndWait() {
        vm.showLooking();
        busy.set(true);
        Background.run(busy, vm::load, vm::show, vm::failed);
        stage.showAndWait();
        return recovered;
    }

    public Stage stage() {
        return stage;
    }

    /** Runs the chosen way out in the background; on success says what happened, then the app opens. */
    private void finish(java.util.concurrent.Callable<String> work) {
        Background.run(busy, work, said -> {
            recovered = true;
            SafetyAlerts.of(javafx.scene.control.Alert.AlertType.INFORMATION, stage, vm.messages().get("ui.safety.recovery.title"),
                    said, ButtonType.OK).showAndWait();
            stage.close();
        }, vm::failed);
    }

    private void chooseOther() {
        Messages m = vm.messages();
        ChoiceDialog<BackupRow> d = new ChoiceDialog<>(vm.backups().get(0), vm.backups());
        d.initOwner(stage);
        d.setTitle(m.get("ui.safety.recovery.chooseOther"));
        d.setHeaderText(null);
        d.setContentText(m.get("ui.safety.recovery.pick"));
        d.getDialogPane().getButtonTypes().setAll(
                new ButtonType(m.get("ui.safety.backups.restore"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE),
                new ButtonType(m.get("ui.button.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        Optional<BackupRow> pick = d.showAndWait();
        pick.ifPresent(row -> finish(() -> vm.restored(vm.restore(row.file()))));
    }

    private void confirmEmpty() {
        Messages m = vm.messages();
        ButtonType yes = new ButtonType(m.get("ui.safety.recovery.startEmpty"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(m.get("ui.button.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        if (SafetyAlerts.ask(stage, m.get("ui.safety.recovery.startEmpty"), m.get("ui.safety.recovery.confirmEmpty", vm.damagedFolder()),
                yes, no).orElse(no) == yes) {
            finish(() -> vm.startedEmpty(vm.startEmpty()));
        }
    }
}
