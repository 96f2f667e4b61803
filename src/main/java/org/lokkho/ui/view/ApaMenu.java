package org.lokkho.ui.view;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.ui.model.CarryForwardModel;
import org.lokkho.ui.model.DerivedChoiceModel;
import org.lokkho.ui.model.MainViewModel;
import org.lokkho.ui.table.TableSectionView;

/**
 * The "এপিএ" menu: evaluation settings, governance link, evidence of the selected row, score charts, and next
 * year's APA. Settings, evidence and charts work for any scored form; link and carry forward only for an APA.
 */
final class ApaMenu {
    private ApaMenu() {
    }

    /** @param run runs an action and shows its error (the main view's runner) */
    static Menu build(MainViewModel vm, Supplier<DocumentEditorView> editorView, Supplier<Window> window,
                      Consumer<Action> run) {
        Messages m = vm.messages();
        MenuItem settings = item(m, "ui.action.apaSettings", () -> editor(editorView).ifPresent(e -> ScoreSettingsDialog.show(window.get(), e.model())));
        MenuItem link = item(m, "ui.action.apaLink", () -> table(editorView, vm, window)
                .ifPresent(t -> GovernanceLinkDialog.show(window.get(), t, vm.services().templates())));
        MenuItem evidence = item(m, "ui.action.evidence", () -> table(editorView, vm, window)
                .ifPresent(t -> EvidenceDialog.show(window.get(), t, vm.services().evidence())));
        MenuItem charts = item(m, "ui.action.scoreCharts", () -> editor(editorView)
                .ifPresent(e -> ScoreChartDialog.create(window.get(), e.model(), vm.services().scorer()).show()));
        MenuItem choose = item(m, "ui.action.chooseIndicator", () -> table(editorView, vm, window)
                .ifPresent(t -> chooseIndicator(window.get(), t)));
        MenuItem next = item(m, "ui.action.carryForward", () -> run.accept(() -> CarryForwardModel.nextYear(vm)));
        Menu menu = new Menu(m.get("ui.menu.apa"), null, settings, link, evidence, charts, choose, next);
        menu.setId("menu-apa");
        menu.setOnShowing(e -> {
            boolean open = vm.editor() != null;
            boolean scored = open && vm.editor().score() != null;
            boolean apa = CarryForwardModel.applies(vm.editor());
            settings.setDisable(!scored);
            charts.setDisable(!scored);
            evidence.setDisable(!open || vm.editor().isReadOnly());
            link.setDisable(!apa || vm.editor().isReadOnly());
            next.setDisable(!apa || vm.editor().isReadOnly());
            choose.setDisable(editor(editorView).flatMap(DocumentEditorView::currentTable)
                    .map(t -> !DerivedChoiceModel.applies(t.model()) || vm.editor().isReadOnly()).orElse(true));
        });
        return menu;
    }

    /** An action that may fail with a message for the officer. */
    interface Action {
        void run() throws org.lokkho.ui.model.UserError;
    }

    /** Adds one of the source table's indicators to an annex of chosen indicators (APA Annex 3). */
    private static void chooseIndicator(Window owner, TableSectionView view) {
        Messages m = view.model().editor().messages();
        DerivedChoiceModel model = new DerivedChoiceModel(view.model());
        java.util.List<DerivedChoiceModel.Candidate> candidates = model.candidates();
        if (candidates.isEmpty()) {
            Dialogs.error(owner, m, m.get("ui.apa.choose.none"));
            return;
        }
        javafx.scene.control.ChoiceDialog<DerivedChoiceModel.Candidate> d = new javafx.scene.control.ChoiceDialog<>(candidates.get(0), candidates);
        d.initOwner(owner);
        d.setTitle(m.get("ui.action.chooseIndicator"));
        d.setHeaderText(m.get("ui.apa.choose.header"));
        d.setContentText(null);
        Dialogs.localizeButtons(d.getDialogPane(), m);
        Dialogs.localizeButtons(d.getDialogPane(), m);
        if (d.getDialogPane().lookup(".combo-box") instanceof javafx.scene.control.ComboBox<?> combo) {
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<DerivedChoiceModel.Candidate> c = (javafx.scene.control.ComboBox<DerivedChoiceModel.Candidate>) combo;
            c.setConverter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(DerivedChoiceModel.Candidate x) {
                    return x == null ? "" : x.label();
                }

                @Override
                public DerivedChoiceModel.Candidate fromString(String s) {
                    return null;
                }
            });
        }
        d.showAndWait().ifPresent(c -> {
            int line = model.choose(c);
            if (line >= 0) {
                view.select(line, 0);
            }
        });
    }

    private static Optional<DocumentEditorView> editor(Supplier<DocumentEditorView> editorView) {
        return Optional.ofNullable(editorView.get());
    }

    private static Optional<TableSectionView> table(Supplier<DocumentEditorView> editorView, MainViewModel vm, Supplier<Window> window) {
        Optional<TableSectionView> t = editor(editorView).flatMap(DocumentEditorView::currentTable);
        if (t.isEmpty() && vm.editor() != null) {
            Dialogs.error(window.get(), vm.messages(), vm.messages().get("ui.evidence.noRow"));
        }
        return t;
    }

    private static MenuItem item(Messages m, String key, Runnable action) {
        MenuItem i = new MenuItem(m.get(key));
        i.setId(key.replace("ui.action.", "menu-"));
        i.setOnAction(e -> action.run());
        return i;
    }
}
