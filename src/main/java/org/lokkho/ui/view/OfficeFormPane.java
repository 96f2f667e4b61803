package org.lokkho.ui.view;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.ui.model.OfficeForm;

/** The office fields bound to an {@link OfficeForm}; problems are shown next to the field they concern. */
public final class OfficeFormPane extends GridPane {
    private final Map<String, Label> problems = new LinkedHashMap<>();

    public OfficeFormPane(OfficeForm form, Messages messages) {
        setHgap(10);
        setVgap(6);
        getStyleClass().add("office-form");
        int row = 0;
        for (String f : OfficeForm.FIELDS) {
            TextField field = new TextField();
            field.setId("office-" + f);
            field.setPrefColumnCount(36);
            field.textProperty().bindBidirectional(form.field(f));
            Label problem = new Label();
            problem.setId("office-" + f + "-problem");
            problem.getStyleClass().add("field-problem");
            problems.put(f, problem);
            addRow(row++, new Label(messages.get("ui.office." + f)), field, problem);
        }
    }

    public void showProblems(Map<String, String> found) {
        problems.forEach((f, label) -> label.setText(found.getOrDefault(f, "")));
    }
}
