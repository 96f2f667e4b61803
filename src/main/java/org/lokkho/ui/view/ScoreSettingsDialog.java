package org.lokkho.ui.view;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.lokkho.domain.document.DocumentSettings.NotApplicablePolicy;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.ui.model.DocumentEditorModel;
import org.lokkho.ui.model.ScoreSettingsModel;

/** The document's evaluation settings: interpolation or step scoring, and how not-applicable indicators count. */
final class ScoreSettingsDialog {
    private ScoreSettingsDialog() {
    }

    static void show(Window owner, DocumentEditorModel editor) {
        Messages m = editor.messages();
        ScoreSettingsModel model = new ScoreSettingsModel(editor);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("ui.settings.title"));
        d.setHeaderText(null);
        ToggleGroup scoring = new ToggleGroup();
        RadioButton interpolation = radio(m.get("ui.settings.interpolation"), scoring, "settings-interpolation");
        RadioButton step = radio(m.get("ui.settings.step"), scoring, "settings-step");
        (model.stepScoring() ? step : interpolation).setSelected(true);
        ToggleGroup na = new ToggleGroup();
        RadioButton full = radio(m.get("ui.settings.fullMarks"), na, "settings-full");
        RadioButton exclude = radio(m.get("ui.settings.exclude"), na, "settings-exclude");
        (model.notApplicable() == NotApplicablePolicy.EXCLUDE_AND_RESCALE ? exclude : full).setSelected(true);
        VBox box = new VBox(6, bold(m.get("ui.settings.scoring")), interpolation, step,
                bold(m.get("ui.settings.notApplicable")), full, exclude);
        box.setPadding(new Insets(12));
        d.getDialogPane().setContent(box);
        ButtonType ok = new ButtonType(m.get("ui.button.apply"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(m.get("ui.button.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().lookupButton(ok).setDisable(editor.isReadOnly());
        d.showAndWait().filter(b -> b == ok).ifPresent(b -> model.apply(step.isSelected(),
                exclude.isSelected() ? NotApplicablePolicy.EXCLUDE_AND_RESCALE : NotApplicablePolicy.FULL_MARKS));
    }

    private static RadioButton radio(String text, ToggleGroup group, String id) {
        RadioButton r = new RadioButton(text);
        r.setToggleGroup(group);
        r.setId(id);
        return r;
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold");
        return l;
    }
}
