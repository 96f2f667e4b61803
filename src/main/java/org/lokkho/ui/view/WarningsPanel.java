package org.lokkho.ui.view;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.ui.model.WarningsModel;

/**
 * The warnings under the editor (APA plan checks, NIS cell checks). Collapsed to its title when there are none;
 * clicking a warning selects its row and cell. Nothing here blocks editing or saving.
 */
public final class WarningsPanel extends TitledPane {
    private final WarningsModel model;
    private final Messages messages;
    private final ListChangeListener<WarningsModel.Item> onChange = c -> updateTitle();

    public WarningsPanel(WarningsModel model, Consumer<WarningsModel.Target> reveal) {
        this.model = model;
        this.messages = model.editorMessages();
        setId("warnings-panel");
        getStyleClass().add("warnings-panel");
        ListView<WarningsModel.Item> list = new ListView<>(model.items());
        list.setId("warnings-list");
        list.setPrefHeight(84);
        list.setPlaceholder(new Label(messages.get("ui.warnings.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(WarningsModel.Item item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.text());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.target(b).ifPresent(reveal);
            }
        });
        setContent(list);
        setTooltip(new Tooltip(messages.get("ui.warnings.hint")));
        model.items().addListener(onChange);
        updateTitle();
        setExpanded(!model.items().isEmpty());
    }

    private void updateTitle() {
        setText(messages.get("ui.warnings.title", messages.digits(String.valueOf(model.items().size()))));
    }

    public void dispose() {
        model.items().removeListener(onChange);
        model.dispose();
    }
}
