package org.lokkho.ui.view;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.lokkho.domain.document.SignatureBlock;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.ui.model.SignatureSectionModel;

/** Signature blocks as small forms; each field is committed when left or on Enter. */
final class SignatureSectionView extends VBox {
    SignatureSectionView(SignatureSectionModel model, Messages messages) {
        setSpacing(10);
        getStyleClass().add("section-pane");
        List<SignatureBlock> blocks = model.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            int index = i;
            GridPane grid = new GridPane();
            grid.setHgap(8);
            grid.setVgap(6);
            int row = 0;
            for (String f : SignatureSectionModel.FIELDS) {
                TextField field = new TextField(SignatureSectionModel.field(blocks.get(i), f));
                field.setId("sig-" + blocks.get(i).role() + "-" + f);
                field.setPrefColumnCount(30);
                field.setEditable(!model.isReadOnly());
                field.setOnAction(e -> model.setField(index, f, field.getText()));
                field.focusedProperty().addListener((o, was, now) -> {
                    if (!now) {
                        model.setField(index, f, field.getText());
                    }
                });
                model.changes().addListener((o, a, b) -> {
                    String now = SignatureSectionModel.field(model.blocks().get(index), f);
                    if (!field.isFocused() && !field.getText().equals(now)) {
                        field.setText(now);
                    }
                });
                grid.addRow(row++, new Label(messages.get("ui.signature." + f)), field);
            }
            TitledPane pane = new TitledPane(model.label(blocks.get(i), messages.locale()), grid);
            pane.setCollapsible(false);
            getChildren().add(pane);
        }
    }
}
