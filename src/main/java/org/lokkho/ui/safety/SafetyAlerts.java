package org.lokkho.ui.safety;

import org.lokkho.ui.text.WrappingLabel;
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
     * Text that wraps at up to a fixed width, broken into lines by us ({@link WrappingLabel}): JavaFX's own wrapping
     * (a wrapping Label, a TextFlow) draws each wrapped line of Bengali text on to the end of the paragraph.
     */
    static WrappingLabel wrapped(String text, double width) {
        WrappingLabel label = new WrappingLabel(text);
        label.getStyleClass().add("safety-text");
        label.setMaxWidth(width);
        return label;
    }

    static Optional<ButtonType> ask(Window owner, String title, String text, ButtonType... buttons) {
        return of(Alert.AlertType.CONFIRMATION, owner, title, text, buttons).showAndWait();
    }
}
