package org.lokkho.ui.safety;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/**
 * Alerts whose text wraps inside the dialog: long Bengali sentences and paths in an Alert's own content text
 * can run past its right edge, so the text goes into a wrapping label of a fixed width.
 */
final class SafetyAlerts {
    private SafetyAlerts() {
    }

    static Alert of(Alert.AlertType type, Window owner, String title, String text, ButtonType... buttons) {
        Alert a = new Alert(type, "", buttons);
        if (owner != null) {
            a.initOwner(owner);
        }
        a.setTitle(title);
        a.setHeaderText(null);
        Label label = new Label(text);
        label.setWrapText(true);
        label.setPrefWidth(500);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        a.getDialogPane().setContent(label);
        a.getDialogPane().setMinWidth(560);
        return a;
    }

    static Optional<ButtonType> ask(Window owner, String title, String text, ButtonType... buttons) {
        return of(Alert.AlertType.CONFIRMATION, owner, title, text, buttons).showAndWait();
    }
}
