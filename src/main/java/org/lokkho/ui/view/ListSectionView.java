package org.lokkho.ui.view;

import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.control.Label;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.ui.model.ListSectionModel;

/** A list section: numbered items edited in place, added, removed and reordered. */
final class ListSectionView extends VBox {
    private final ListSectionModel model;
    private final ListView<Integer> list = new ListView<>();

    ListSectionView(ListSectionModel model, Messages messages) {
        this.model = model;
        list.setId("list-" + model.section().key());
        list.setCellFactory(l -> new ItemCell());
        reload(-1);
        ToolBar bar = new ToolBar(
                button(messages.get("ui.action.addItem"), () -> reload(model.add(selected()))),
                button(messages.get("ui.action.removeItem"), () -> {
                    model.remove(selected());
                    reload(-1);
                }),
                button(messages.get("ui.action.moveUp"), () -> reload(model.move(selected(), -1))),
                button(messages.get("ui.action.moveDown"), () -> reload(model.move(selected(), 1))));
        bar.setDisable(model.isReadOnly());
        model.changes().addListener((o, a, b) -> {
            int selected = selected();
            reload(selected < model.items().size() ? selected : -1);
            list.refresh();
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getStyleClass().add("section-pane");
        getChildren().addAll(bar, list);
    }

    private int selected() {
        return list.getSelectionModel().getSelectedIndex();
    }

    private Button button(String text, Runnable action) {
        Button b = new Button(text);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void reload(int select) {
        list.getItems().setAll(java.util.stream.IntStream.range(0, model.items().size()).boxed().toList());
        if (select >= 0) {
            list.getSelectionModel().select(select);
        }
    }

    /** An item's number and its text field; the text is committed on Enter and when the field is left. */
    private final class ItemCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer index, boolean empty) {
            super.updateItem(index, empty);
            if (empty || index == null) {
                setGraphic(null);
                return;
            }
            Label number = new Label(model.label(index));
            number.setMinWidth(40);
            TextField field = new TextField(model.items().get(index));
            field.setEditable(!model.isReadOnly());
            field.setOnAction(e -> model.setItem(index, field.getText()));
            field.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    model.setItem(index, field.getText());
                } else {
                    list.getSelectionModel().select(index);
                }
            });
            HBox.setHgrow(field, Priority.ALWAYS);
            HBox box = new HBox(8, number, field);
            setGraphic(box);
        }
    }
}
