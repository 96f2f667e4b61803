package org.lokkho.ui.safety;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
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
        a.getDialogPane().setContent(wrapped(text, 720));
        a.getDialogPane().setMinWidth(800);
        return a;
    }

    /**
     * Text that wraps at a fixed width. A TextFlow, not a wrapping Label: the Label measures Bengali lines
     * without shaping and then draws them wider than measured, so words run past its edge and repeat.
     */
    static javafx.scene.text.TextFlow wrapped(String text, double width) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.getStyleClass().add("safety-text");
        javafx.scene.text.TextFlow flow = new javafx.scene.text.TextFlow(t);
        flow.setPrefWidth(width);
        flow.setMaxWidth(width);
        return flow;
    }

    static Optional<ButtonType> ask(Window owner, String title, String text, ButtonType... buttons) {
        return of(Alert.AlertType.CONFIRMATION, owner, title, text, buttons).showAndWait();
    }
}
