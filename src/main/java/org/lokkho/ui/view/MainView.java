package org.lokkho.ui.view;

import org.lokkho.ui.text.WrappingLabel;
import java.io.File;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.lokkho.app.DocumentSummary;
import org.lokkho.domain.document.DocumentStatus;
import org.lokkho.domain.document.Office;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.ui.model.DocumentEditorModel;
import org.lokkho.ui.model.MainViewModel;
import org.lokkho.ui.model.PackageFlowModel;
import org.lokkho.ui.model.PdfOutput;
import org.lokkho.ui.model.SigningKeysModel;
import org.lokkho.ui.model.VerifyModel;
import org.lokkho.ui.model.UserError;

/**
 * The main window: menu and toolbar, the documents grouped by office on the left, the open document in the centre,
 * the status line at the bottom. It only binds and forwards; the actions live in {@link MainViewModel}.
 */
public final class MainView extends BorderPane {
    private final MainViewModel vm;
    private final TreeView<Object> tree = new TreeView<>();
    private final BorderPane center = new BorderPane();
    private final Label status = new Label();
    private final javafx.scene.control.Hyperlink openFolder = new javafx.scene.control.Hyperlink();
    /** The folder of the last exported PDF, for the status line's "open folder" link. */
    private java.nio.file.Path lastFolder;
    private String lastFolderStatus;
    private DocumentEditorView editorView;
    /** Menus added by other parts of the window (e.g. ui.safety's backups menu), rebuilt with the language. */
    private java.util.function.Function<Messages, java.util.List<Menu>> extraMenus = m -> java.util.List.of();
    /** Asks where to save an exported PDF: the system file dialog, unless replaced (see {@link #setSaveLocation}). */
    private SaveLocation saveLocation = MainView::chooseSaveFile;

    /** Where a file should be saved: the owner window, the dialog title and the suggested name; empty to cancel. */
    @FunctionalInterface
    public interface SaveLocation {
        Optional<java.nio.file.Path> ask(Window owner, String title, String suggestedName);
    }

    public MainView(MainViewModel vm) {
        this.vm = vm;
        getStyleClass().add("main-view");
        vm.editorProperty().addListener((o, a, b) -> showEditor(b));
        vm.documents().addListener((javafx.collections.ListChangeListener<DocumentSummary>) c -> fillTree());
        vm.offices().addListener((javafx.collections.ListChangeListener<Office>) c -> fillTree());
        vm.messagesProperty().addListener((o, a, b) -> build());
        status.textProperty().bind(vm.statusProperty());
        // the "open folder" link belongs to the export message; any later message hides it
        vm.statusProperty().addListener((o, a, b) -> {
            if (lastFolderStatus == null || !lastFolderStatus.equals(b)) {
                openFolder.setVisible(false);
            }
        });
        status.setId("status");
        build();
    }

    /** Adds menus after the built-in ones; they are built again in the new language when it changes. */
    public void setExtraMenus(java.util.function.Function<Messages, java.util.List<Menu>> menus) {
        this.extraMenus = menus;
        build();
    }

    /**
     * Replaces the system "save as" dialog for PDF exports, e.g. with a fixed folder. The headless window tests use
     * it: Monocle has no native file dialogs.
     */
    public void setSaveLocation(SaveLocation location) {
        this.saveLocation = location;
    }

    private static Optional<java.nio.file.Path> chooseSaveFile(Window owner, String title, String suggestedName) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        fc.setInitialFileName(suggestedName);
        return Optional.ofNullable(fc.showSaveDialog(owner)).map(File::toPath);
    }

    public MainViewModel viewModel() {
        return vm;
    }

    public DocumentEditorView editorView() {
        return editorView;
    }

    private Messages m() {
        return vm.messages();
    }

    /** Builds every label in the current language (called again when the language changes). */
    private void build() {
        setTop(new VBox(menuBar(), toolBar()));
        tree.setId("document-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new NodeCell());
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b.getValue() instanceof DocumentSummary s
                    && (vm.editor() == null || vm.editor().document().id() != s.id() || vm.editor().isReadOnly())) {
                run(() -> vm.open(s.id()));
            }
        });
        fillTree();
        SplitPane split = new SplitPane(tree, center);
        split.setDividerPositions(0.22);
        SplitPane.setResizableWithParent(tree, false);
        setCenter(split);
        openFolder.setId("status-open-folder");
        openFolder.setText(m().get("ui.pdf.openFolder"));
        openFolder.setVisible(lastFolder != null && lastFolderStatus != null && lastFolderStatus.equals(vm.statusProperty().get())
                && DesktopActions.canOpenFolder());
        openFolder.setOnAction(e -> {
            if (lastFolder != null) {
                DesktopActions.openFolder(lastFolder);
            }
        });
        HBox bar = new HBox(8, status, openFolder);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(3, 8, 3, 8));
        setBottom(bar);
        showEditor(vm.editor());
    }

    private MenuBar menuBar() {
        Menu file = new Menu(m().get("ui.menu.file"), null,
                item("ui.action.newDocument", "Shortcut+N", this::newDocument),
                item("ui.action.openExample", null, this::chooseExample),
                item("ui.action.importJson", "Shortcut+O", this::importJson),
                item("ui.action.exportJson", "Shortcut+E", this::exportJson),
                item("ui.action.exportPdf", "Shortcut+Shift+P", this::exportPdf),
                item("ui.action.print", "Shortcut+P", this::printPreview),
                item("ui.action.save", "Shortcut+S", () -> run(vm::checkpoint)),
                item("ui.action.history", "Shortcut+H", this::history),
                item("ui.action.quit", "Shortcut+Q", () -> getScene().getWindow().hide()));
        Menu edit = new Menu(m().get("ui.menu.edit"), null,
                item("ui.action.undo", "Shortcut+Z", () -> editor().ifPresent(DocumentEditorModel::undo)),
                item("ui.action.redo", "Shortcut+Y", () -> editor().ifPresent(DocumentEditorModel::redo)),
                item("ui.action.markFinal", null, () -> run(() -> vm.setDocumentStatus(DocumentStatus.FINAL))),
                item("ui.action.markDraft", null, () -> run(() -> vm.setDocumentStatus(DocumentStatus.DRAFT))));
        Menu office = new Menu(m().get("ui.menu.office"), null,
                item("ui.action.newOffice", null, () -> Dialogs.office(window(), vm, null)),
                item("ui.action.editOffice", null, () -> selectedOffice().ifPresent(o -> Dialogs.office(window(), vm, o))));
        Menu submission = new Menu(m().get("ui.menu.package"), null,
                item("ui.action.signingKeys", null, this::signingKeys),
                item("ui.action.createPackage", null, this::createPackage),
                item("ui.action.verifyPackage", null, this::verifyPackage));
        submission.setId("menu-package");
        MenuItem bn = item("ui.language.bn", null, () -> vm.setLanguage(Messages.bengali()));
        MenuItem en = item("ui.language.en", null, () -> vm.setLanguage(Messages.english()));
        bn.setId("language-bn");
        en.setId("language-en");
        Menu language = new Menu(m().get("ui.menu.language"), null, bn, en);
        Menu apa = ApaMenu.build(vm, this::editorView, this::window, action -> run(action::run));
        MenuBar bar = new MenuBar(file, edit, office, submission, apa, language);
        bar.getMenus().addAll(bar.getMenus().size() - 1, extraMenus.apply(m()));
        bar.setId("menu-bar");
        return bar;
    }

    private MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem i = new MenuItem(m().get(key));
        i.setId(key.replace("ui.action.", "menu-").replace('.', '-'));
        if (accelerator != null) {
            i.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        i.setOnAction(e -> action.run());
        return i;
    }

    private ToolBar toolBar() {
        return new ToolBar(
                tool("ui.action.newDocument", "tool-new", this::newDocument),
                tool("ui.action.openExample", "tool-example", this::chooseExample),
                tool("ui.action.importJson", "tool-import", this::importJson),
                tool("ui.action.exportJson", "tool-export", this::exportJson),
                tool("ui.action.history", "tool-history", this::history),
                tool("ui.action.exportPdf", "tool-pdf", this::exportPdf),
                tool("ui.action.print", "tool-print", this::printPreview),
                tool("ui.action.undo", "tool-undo", () -> editor().ifPresent(DocumentEditorModel::undo)),
                tool("ui.action.redo", "tool-redo", () -> editor().ifPresent(DocumentEditorModel::redo)),
                tool("ui.action.markFinal", "tool-final", () -> run(() -> vm.setDocumentStatus(DocumentStatus.FINAL))),
                tool("ui.action.markDraft", "tool-draft", () -> run(() -> vm.setDocumentStatus(DocumentStatus.DRAFT))));
    }

    private Button tool(String key, String id, Runnable action) {
        Button b = new Button(m().get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Optional<DocumentEditorModel> editor() {
        return Optional.ofNullable(vm.editor());
    }

    private void showEditor(DocumentEditorModel model) {
        if (editorView != null) {
            editorView.dispose();
            editorView = null;
        }
        if (model != null) {
            editorView = new DocumentEditorView(model);
            center.setCenter(editorView);
        } else if (vm.needsOffice()) {
            center.setCenter(new WelcomePane(vm, this::openExample, () -> center.setCenter(emptyHint())));
        } else {
            center.setCenter(emptyHint());
        }
    }

    private Label emptyHint() {
        WrappingLabel l = new WrappingLabel(m().get("ui.editor.empty"));
        l.setId("editor-empty");
        return l;
    }

    private void fillTree() {
        TreeItem<Object> root = new TreeItem<>("root");
        for (Office o : vm.offices()) {
            TreeItem<Object> officeItem = new TreeItem<>(o);
            officeItem.setExpanded(true);
            vm.documents().stream().filter(d -> d.officeId() == o.id())
                    .forEach(d -> officeItem.getChildren().add(new TreeItem<>(d)));
            root.getChildren().add(officeItem);
        }
        tree.setRoot(root);
        if (vm.editor() != null) {
            long id = vm.editor().document().id();
            root.getChildren().stream().flatMap(i -> i.getChildren().stream())
                    .filter(i -> ((DocumentSummary) i.getValue()).id() == id).findFirst()
                    .ifPresent(i -> tree.getSelectionModel().select(i));
        }
    }

    private Optional<Office> selectedOffice() {
        TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
        if (item == null) {
            return vm.offices().stream().findFirst();
        }
        Object v = item.getValue();
        if (v instanceof Office o) {
            return Optional.of(o);
        }
        if (v instanceof DocumentSummary s) {
            return vm.office(s.officeId());
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ actions

    private void newDocument() {
        if (vm.offices().isEmpty()) {
            Dialogs.error(window(), m(), m().get("ui.error.noOffice"));
            return;
        }
        Dialogs.newDocument(window(), vm, selectedOffice().orElse(null))
                .ifPresent(n -> run(() -> vm.newDocument(n.office().id(), n.template().id(), n.fiscalYear(), n.period())));
    }

    private void openExample() {
        run(vm::openExample);
    }

    /** Menu and toolbar: pick one of the bundled examples. */
    private void chooseExample() {
        var examples = vm.examples();
        if (examples.size() <= 1) {
            openExample();
            return;
        }
        javafx.scene.control.ChoiceDialog<String> d = new javafx.scene.control.ChoiceDialog<>();
        java.util.Map<String, String> byTitle = new java.util.LinkedHashMap<>();
        examples.forEach(e -> byTitle.put(m().isBengali() ? e.titleBn() : e.titleEn(), e.id()));
        d.getItems().setAll(byTitle.keySet());
        d.setSelectedItem(d.getItems().get(0));
        d.initOwner(window());
        d.setTitle(m().get("ui.action.openExample"));
        d.setHeaderText(null);
        d.setContentText(m().get("ui.example.choose"));
        Dialogs.localizeButtons(d.getDialogPane(), m());
        d.showAndWait().ifPresent(title -> run(() -> vm.openExample(byTitle.get(title))));
    }

    private void importJson() {
        FileChooser fc = jsonChooser();
        File f = fc.showOpenDialog(window());
        if (f != null) {
            run(() -> vm.importJson(f.toPath()));
        }
    }

    private void exportJson() {
        if (vm.editor() == null) {
            return;
        }
        FileChooser fc = jsonChooser();
        fc.setInitialFileName(vm.editor().document().templateId() + "-" + vm.editor().document().fiscalYear().code() + ".json");
        File f = fc.showSaveDialog(window());
        if (f != null) {
            run(() -> vm.exportJson(f.toPath()));
        }
    }

    private FileChooser jsonChooser() {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        return fc;
    }

    private void history() {
        if (vm.editor() == null) {
            return;
        }
        run(() -> Dialogs.history(window(), m(), vm.history()).ifPresent(pick -> run(() -> {
            if (pick.choice() == Dialogs.HistoryChoice.OPEN) {
                vm.openRevision(pick.revision());
            } else {
                vm.restore(pick.revision());
            }
        })));
    }

    // ------------------------------------------------------------------ PDF, print, packages

    private void exportPdf() {
        run(() -> {
            PdfOutput out = PdfOutput.of(vm);
            // Agreement or monitoring view, asked only where the form prints differently in the two (the APA).
            if (out.view().offered() && PrintViewDialog.ask(window(), m(), out.view()).isEmpty()) {
                return;
            }
            Optional<java.nio.file.Path> chosen = saveLocation.ask(window(), m().get("ui.action.exportPdf"), out.defaultFileName());
            if (chosen.isEmpty()) {
                return;
            }
            java.nio.file.Path f = chosen.get();
            String name = f.getFileName().toString();
            java.nio.file.Path target = name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")
                    ? f : f.resolveSibling(name + ".pdf");
            Messages messages = m();
            Background.run(window(), messages, messages.get("ui.pdf.exporting"), p -> out.export(target, p), path -> {
                lastFolderStatus = messages.get("ui.pdf.exported", path.toAbsolutePath().toString());
                lastFolder = path.toAbsolutePath().getParent();
                vm.statusProperty().set(lastFolderStatus);
                openFolder.setVisible(DesktopActions.canOpenFolder());
            });
        });
    }

    private void printPreview() {
        run(() -> {
            PdfOutput out = PdfOutput.of(vm);
            Messages messages = m();
            Background.run(window(), messages, messages.get("ui.print.preparing"), out::render,
                    pdf -> PrintPreviewDialog.open(window(), messages, out, pdf, vm.statusProperty()::set));
        });
    }

    private void signingKeys() {
        String officeName = editor().flatMap(e -> vm.office(e.document().officeId())).or(this::selectedOffice)
                .map(Office::nameBn).orElse("");
        SigningKeysDialog.show(window(), m(), SigningKeysModel.forDataDir(vm.services().dataDir(), m()), officeName);
    }

    private void createPackage() {
        run(() -> PackageDialog.show(window(), m(), PackageFlowModel.of(vm), vm.statusProperty()::set));
    }

    private void verifyPackage() {
        FileChooser fc = new FileChooser();
        fc.setTitle(m().get("ui.action.verifyPackage"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Lokkho", "*.lokkho"));
        File f = fc.showOpenDialog(window());
        if (f != null) {
            VerifyDialog.verify(window(), m(), VerifyModel.forDataDir(vm.services().dataDir()), f.toPath());
        }
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /** Runs an action and shows its {@link UserError} (or any failure) as a dialog in the UI language. */
    private void run(Action action) {
        try {
            action.run();
        } catch (UserError e) {
            Dialogs.error(window(), m(), e.getMessage());
        } catch (RuntimeException e) {
            Dialogs.error(window(), m(), m().get("ui.error.unexpected", String.valueOf(e.getMessage())));
        }
    }

    @FunctionalInterface
    private interface Action {
        void run() throws UserError;
    }

    private final class NodeCell extends TreeCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("office-node", "document-node");
            setTooltip(null);
            if (empty || item == null) {
                setText(null);
            } else if (item instanceof Office o) {
                setText(o.nameBn());
                getStyleClass().add("office-node");
            } else if (item instanceof DocumentSummary s) {
                setText(vm.describe(s));
                setTooltip(new javafx.scene.control.Tooltip(vm.describe(s)));
                getStyleClass().add("document-node");
            } else {
                setText(String.valueOf(item));
            }
        }
    }
}
