package org.lokkho.ui.view;

import java.io.File;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.lokkho.app.Evidence;
import org.lokkho.app.EvidenceService;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.ui.model.DisplayRow;
import org.lokkho.ui.model.DocumentEditorModel;
import org.lokkho.ui.model.EvidenceModel;
import org.lokkho.ui.model.UserError;
import org.lokkho.ui.table.TableSectionView;

/** The evidence files of the selected row: per quarter or all, attach (file chooser) and remove. */
final class EvidenceDialog {
    private static final String ALL = "";

    private EvidenceDialog() {
    }

    static void show(Window owner, TableSectionView view, EvidenceService service) {
        DocumentEditorModel editor = view.model().editor();
        Messages m = editor.messages();
        DisplayRow line = view.table().getSelectionModel().getSelectedItem();
        if (service == null || editor.isReadOnly() || editor.document().id() == 0) {
            Dialogs.error(owner, m, m.get("ui.evidence.unavailable"));
            return;
        }
        if (line == null || line.isGroup()) {
            Dialogs.error(owner, m, m.get("ui.evidence.noRow"));
            return;
        }
        EvidenceModel model = new EvidenceModel(service, editor.document().id(), line.row(), m);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("ui.evidence.title", model.rowLabel()));
        String what = view.model().section().codeColumn().map(c -> line.row().cell(c.key()).raw()).orElse("");
        d.setHeaderText(m.get("ui.evidence.title", (model.rowLabel() + " " + what).strip()));
        ComboBox<String> quarter = new ComboBox<>();
        quarter.setId("evidence-quarter");
        quarter.getItems().addAll(ALL, "Q1", "Q2", "Q3", "Q4");
        quarter.setButtonCell(quarterCell(m));
        quarter.setCellFactory(v -> quarterCell(m));
        quarter.setValue(ALL);
        ListView<Evidence> files = new ListView<>(model.files());
        files.setId("evidence-files");
        files.setPrefSize(520, 200);
        files.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Evidence e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : model.describe(e));
            }
        });
        Button attach = new Button(m.get("ui.evidence.attach"));
        attach.setId("evidence-attach");
        Button remove = new Button(m.get("ui.evidence.remove"));
        remove.setId("evidence-remove");
        remove.disableProperty().bind(files.getSelectionModel().selectedItemProperty().isNull());
        Runnable reload = () -> run(owner, m, () -> model.load(q(quarter.getValue())));
        quarter.valueProperty().addListener((o, a, b) -> reload.run());
        attach.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            File f = chooser.showOpenDialog(d.getDialogPane().getScene().getWindow());
            if (f != null) {
                run(owner, m, () -> {
                    model.attach(f.toPath(), q(quarter.getValue()));
                    model.load(q(quarter.getValue()));
                });
            }
        });
        remove.setOnAction(e -> run(owner, m, () -> model.remove(files.getSelectionModel().getSelectedItem())));
        VBox box = new VBox(8, new HBox(8, new Label(m.get("ui.evidence.quarter")), quarter), files, new HBox(8, attach, remove));
        box.setPadding(new Insets(10));
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().add(new ButtonType(m.get("ui.button.close"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        reload.run();
        d.showAndWait();
    }

    private static String q(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static ListCell<String> quarterCell(Messages m) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.isEmpty() ? m.get("ui.evidence.all") : m.digits(item));
            }
        };
    }

    private interface Action {
        void run() throws UserError;
    }

    private static void run(Window owner, Messages m, Action action) {
        try {
            action.run();
        } catch (UserError e) {
            Dialogs.error(owner, m, e.getMessage());
        }
    }
}
