package org.lokkho.ui.view;

import javafx.animation.PauseTransition;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.lokkho.ui.model.TextSectionModel;

/** A text section edited in place; the text is committed after a short pause in typing and when the field is left. */
final class TextSectionView extends VBox {
    TextSectionView(TextSectionModel model) {
        TextArea area = new TextArea(model.text());
        area.setId("text-" + model.section().key());
        area.setWrapText(org.lokkho.ui.text.NativeWrapping.isReliable());
        area.setEditable(!model.isReadOnly());
        PauseTransition pause = new PauseTransition(Duration.millis(800));
        pause.setOnFinished(e -> model.setText(area.getText()));
        area.textProperty().addListener((o, a, b) -> pause.playFromStart());
        area.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                pause.stop();
                model.setText(area.getText());
            }
        });
        // Undo and redo change the text behind the field; show it unless the officer is typing there.
        model.changes().addListener((o, a, b) -> {
            if (!area.isFocused() && !area.getText().equals(model.text())) {
                area.setText(model.text());
            }
        });
        VBox.setVgrow(area, Priority.ALWAYS);
        getStyleClass().add("section-pane");
        getChildren().add(area);
    }
}
