package org.lokkho.ui.view;

import org.lokkho.ui.text.WrappingLabel;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.ui.model.MainViewModel;
import org.lokkho.ui.model.OfficeForm;

/** First start: no office yet. Enter the office, or open the bundled example office. */
final class WelcomePane extends VBox {
    WelcomePane(MainViewModel vm, Runnable onExample, Runnable onSaved) {
        Messages m = vm.messages();
        setSpacing(12);
        setPadding(new Insets(24));
        getStyleClass().add("welcome");
        setId("welcome");
        Label title = new Label(m.get("ui.welcome.title"));
        title.getStyleClass().add("welcome-title");
        WrappingLabel text = new WrappingLabel(m.get("ui.welcome.text"));
        OfficeForm form = new OfficeForm();
        OfficeFormPane pane = new OfficeFormPane(form, m);
        Button save = new Button(m.get("ui.welcome.saveOffice"));
        save.setId("welcome-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> {
            Map<String, String> problems = vm.saveOffice(form);
            pane.showProblems(problems);
            if (problems.isEmpty()) {
                onSaved.run();
            }
        });
        Button example = new Button(m.get("ui.action.openExample"));
        example.setId("welcome-example");
        example.setOnAction(e -> onExample.run());
        getChildren().addAll(title, text, pane, new HBox(12, save, example));
    }
}
