package org.lokkho.ui.view;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.pdf.PrintView;
import org.lokkho.ui.model.PrintViewChoice;

/**
 * Before a PDF export of a form whose two views differ (the APA): agreement (the signed form) or monitoring (with
 * achievements and scores), each with one sentence on what it prints. Preselects the model's view; the choice
 * goes back into the model, which remembers it for the session.
 */
final class PrintViewDialog {
    private PrintViewDialog() {
    }

    /** The chosen view, or empty when the officer cancels. */
    static Optional<PrintView> ask(Window owner, Messages m, PrintViewChoice choice) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("ui.action.exportPdf"));
        d.setHeaderText(m.get("ui.print.view.question"));
        d.getDialogPane().setId("print-view-dialog");
        ToggleGroup group = new ToggleGroup();
        VBox box = new VBox(4);
        box.setPadding(new Insets(12));
        for (PrintView v : choice.options()) {
            RadioButton r = new RadioButton(PrintViewChoice.label(m, v));
            r.setId("print-view-" + v.templateName());
            r.setUserData(v);
            r.setToggleGroup(group);
            r.setSelected(v == choice.view());
            Label hint = new Label(PrintViewChoice.hint(m, v));
            // The hint carries its own line break: JavaFX's automatic wrapping cut Bengali lines off at the right.
            hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            hint.setPadding(new Insets(0, 0, 8, 24));
            hint.setStyle("-fx-text-fill: #555;");
            box.getChildren().addAll(r, hint);
        }
        d.getDialogPane().setContent(box);
        ButtonType go = new ButtonType(m.get("ui.button.continue"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(go, new ButtonType(m.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Optional<ButtonType> answer = d.showAndWait();
        if (answer.isEmpty() || answer.get() != go || group.getSelectedToggle() == null) {
            return Optional.empty();
        }
        PrintView chosen = (PrintView) group.getSelectedToggle().getUserData();
        choice.choose(chosen);
        return Optional.of(chosen);
    }
}
