package org.lokkho.ui.view;

import org.lokkho.ui.text.WrappingLabel;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.pack.Verdict;
import org.lokkho.ui.model.VerifyModel;

/** Shows a package's verdict (green, amber or red), what it means, each check and the details (signer, sender). */
final class VerifyDialog {
    private VerifyDialog() {
    }

    static void verify(Window owner, Messages m, VerifyModel model, Path pkg) {
        Background.run(owner, m, m.get("ui.verify.running"), p -> model.verify(pkg, m), outcome -> show(owner, m, pkg, outcome));
    }

    static void show(Window owner, Messages m, Path pkg, VerifyModel.Outcome outcome) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("ui.verify.title"));
        d.getDialogPane().setId("verify-dialog");
        Label file = new Label(pkg.getFileName().toString());
        WrappingLabel verdict = new WrappingLabel(outcome.headline());
        verdict.setId("verify-verdict");
        verdict.getStyleClass().add("verdict");
        verdict.setStyle("-fx-font-size: 16px; -fx-font-weight: bold; -fx-padding: 8; -fx-background-radius: 4; "
                + "-fx-text-fill: white; -fx-background-color: " + colour(outcome.verdict()) + ";");
        verdict.setMaxWidth(Double.MAX_VALUE);
        WrappingLabel explanation = new WrappingLabel(outcome.explanation());
        explanation.setId("verify-explanation");
        fitWidth(explanation);
        VBox checks = new VBox(3);
        checks.setId("verify-checks");
        for (VerifyModel.Check c : outcome.checks()) {
            Label l = new Label(symbol(c.status()) + "  " + c.label() + " — " + m.get(statusKey(c.status())));
            l.setStyle("-fx-text-fill: " + (c.status() == VerifyModel.Status.FAILED ? "#b00020"
                    : c.status() == VerifyModel.Status.WARNING ? "#8a5a00" : c.status() == VerifyModel.Status.PASSED ? "#1b5e20" : "#666666") + ";");
            checks.getChildren().add(l);
        }
        VBox details = new VBox(3);
        for (String line : outcome.details()) {
            WrappingLabel l = new WrappingLabel(line);
            fitWidth(l);
            details.getChildren().add(l);
        }
        VBox box = new VBox(10, file, verdict, explanation, new Label(m.get("ui.verify.checks")), checks, details);
        box.setPadding(new Insets(6));
        box.setPrefWidth(620);
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().add(new ButtonType(m.get("ui.button.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.show();
    }

    /** Long Bengali lines wrap inside the dialog instead of running past its edge. */
    private static void fitWidth(Label l) {
        l.setMaxWidth(600);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    }

    private static String colour(Verdict v) {
        return v == Verdict.VALID_TRUSTED ? "#2e7d32" : v == Verdict.VALID_UNTRUSTED ? "#b26a00" : "#c62828";
    }

    private static String symbol(VerifyModel.Status s) {
        switch (s) {
            case PASSED:
                return "✔";
            case FAILED:
                return "✘";
            case WARNING:
                return "!";
            default:
                return "–";
        }
    }

    static String statusKey(VerifyModel.Status s) {
        switch (s) {
            case PASSED:
                return "ui.verify.status.passed";
            case FAILED:
                return "ui.verify.status.failed";
            case WARNING:
                return "ui.verify.status.warning";
            default:
                return "ui.verify.status.notChecked";
        }
    }
}
