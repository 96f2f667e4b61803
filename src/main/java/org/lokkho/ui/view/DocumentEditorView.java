package org.lokkho.ui.view;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.Node;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.ui.model.DocumentEditorModel;
import org.lokkho.ui.model.ListSectionModel;
import org.lokkho.ui.model.SectionModel;
import org.lokkho.ui.model.SignatureSectionModel;
import org.lokkho.ui.model.TableSectionModel;
import org.lokkho.ui.model.TextSectionModel;
import org.lokkho.ui.model.WarningsModel;
import org.lokkho.ui.table.TableSectionView;

/** The open document: its title lines, one tab per section, and the score bar underneath. */
public final class DocumentEditorView extends BorderPane {
    private final DocumentEditorModel model;
    private final Label total = new Label();
    private final FlowPane groups = new FlowPane(16, 4);
    private final ChangeListener<Object> onScore = (o, a, b) -> updateScore();
    private final TabPane tabs = new TabPane();
    private final java.util.Map<String, Tab> tabsByKey = new java.util.HashMap<>();
    private final java.util.Map<Tab, TableSectionView> tables = new java.util.HashMap<>();
    private final WarningsPanel warnings;

    public DocumentEditorView(DocumentEditorModel model) {
        this.model = model;
        Messages m = model.messages();
        getStyleClass().add("document-editor");
        VBox title = new VBox(2);
        title.getStyleClass().add("document-title");
        model.template().titleLines().forEach(line -> title.getChildren().add(new Label(model.fill(line))));
        if (model.isReadOnly()) {
            Label banner = new Label(m.get("ui.readOnly.banner"));
            banner.getStyleClass().add("read-only-banner");
            banner.setId("read-only-banner");
            title.getChildren().add(0, banner);
        }
        setTop(title);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (SectionModel s : model.sections()) {
            Node view = viewFor(s, m);
            Tab tab = new Tab(model.fill(s.section().title()), view);
            tab.setId("tab-" + s.section().key());
            tabsByKey.put(s.section().key(), tab);
            if (view instanceof TableSectionView t) {
                tables.put(tab, t);
            }
            tabs.getTabs().add(tab);
        }
        setCenter(tabs);
        total.setId("score-total");
        total.getStyleClass().add("score-total");
        groups.getStyleClass().add("score-groups");
        HBox bar = new HBox(24, total, groups);
        bar.getStyleClass().add("score-bar");
        bar.setPadding(new Insets(6, 10, 6, 10));
        // Forms without a score (a Citizen's Charter) have no score bar.
        bar.visibleProperty().bind(total.textProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        warnings = new WarningsPanel(new WarningsModel(model), this::reveal);
        setBottom(new VBox(bar, warnings));
        model.scoreProperty().addListener(onScore);
        model.changesProperty().addListener(onScore);
        updateScore();
    }

    public DocumentEditorModel model() {
        return model;
    }

    /** The table of the selected tab, if it is a table. */
    public java.util.Optional<TableSectionView> currentTable() {
        return java.util.Optional.ofNullable(tables.get(tabs.getSelectionModel().getSelectedItem()));
    }

    /** Shows the tab a warning is about and selects its cell (the row's first cell when no column is named). */
    public void reveal(WarningsModel.Target target) {
        Tab tab = tabsByKey.get(target.table().section().key());
        if (tab == null) {
            return;
        }
        tabs.getSelectionModel().select(tab);
        TableSectionView view = tables.get(tab);
        if (view != null && target.line() >= 0) {
            view.select(target.line(), Math.max(0, target.column()));
        }
    }

    private Node viewFor(SectionModel s, Messages m) {
        if (s instanceof TableSectionModel t) {
            return new TableSectionView(t);
        } else if (s instanceof TextSectionModel t) {
            return new TextSectionView(t);
        } else if (s instanceof ListSectionModel l) {
            return new ListSectionView(l, m);
        }
        ScrollPane scroll = new ScrollPane(new SignatureSectionView((SignatureSectionModel) s, m));
        scroll.setFitToWidth(true);
        return scroll;
    }

    private void updateScore() {
        total.setText(model.totalText());
        groups.getChildren().setAll(model.groupTexts().stream().map(t -> label(t, "score-group")).toList());
        model.scoreNotes().forEach(n -> groups.getChildren().add(label(n, "score-note")));
    }

    private static Label label(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        return l;
    }

    /** Stops listening to the model (the document is closed or replaced). */
    public void dispose() {
        model.scoreProperty().removeListener(onScore);
        model.changesProperty().removeListener(onScore);
        warnings.dispose();
    }
}
