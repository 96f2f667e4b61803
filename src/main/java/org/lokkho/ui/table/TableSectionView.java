package org.lokkho.ui.table;

import org.lokkho.ui.text.WrappingLabel;
import org.lokkho.ui.text.LineBreaker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.domain.template.ColumnTemplate;
import org.lokkho.domain.template.HeaderNode;
import org.lokkho.domain.template.SectionTemplate;
import org.lokkho.domain.text.BengaliDigits;
import org.lokkho.ui.model.DisplayRow;
import org.lokkho.ui.model.TableSectionModel;

/**
 * The one table editor for every table section of every template. The header is built from the template's
 * header tree (nested columns give the spans) with a column-number row under it; everything a cell shows or
 * accepts comes from {@link TableSectionModel}.
 */
public final class TableSectionView extends VBox {
    private static final double PX_PER_WIDTH_UNIT = 13;
    private static final double WIDE_TABLE_PX = 1400;
    private static final KeyCombination COPY = KeyCombination.keyCombination("Shortcut+C");
    private static final KeyCombination PASTE = KeyCombination.keyCombination("Shortcut+V");

    private final TableSectionModel model;
    private final Messages messages;
    private final TableView<DisplayRow> table = new TableView<>();
    private final List<TableColumn<DisplayRow, DisplayRow>> dataColumns = new ArrayList<>();
    private final WrappingLabel cellProblem = new WrappingLabel();
    private final ChangeListener<Number> onChange = (o, a, b) -> refreshCells();
    private String seed;

    public TableSectionView(TableSectionModel model) {
        this.model = model;
        this.messages = model.editor().messages();
        getStyleClass().add("table-section");
        table.getStyleClass().add("grid");
        table.setId("table-" + model.section().key());
        table.setItems(model.lines());
        table.setEditable(!model.editor().isReadOnly());
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // A very wide table (the APA's Section 3: 26 columns) keeps its columns readable and scrolls sideways;
        // squeezed into the window its headers and Bengali words would overlap.
        double wanted = model.columns().stream().mapToDouble(c -> Math.max(44, c.width() * PX_PER_WIDTH_UNIT)).sum();
        table.setColumnResizePolicy(wanted > WIDE_TABLE_PX ? TableView.UNCONSTRAINED_RESIZE_POLICY
                : TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setRowFactory(t -> new LineRow());
        buildColumns();
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::onKeyPressed);
        table.addEventHandler(KeyEvent.KEY_TYPED, this::onKeyTyped);
        table.getFocusModel().focusedCellProperty().addListener((o, a, b) -> showProblemOf(b));
        model.editor().changesProperty().addListener(onChange);
        VBox.setVgrow(table, Priority.ALWAYS);
        cellProblem.getStyleClass().add("cell-problem");
        cellProblem.setId("cell-problem");
        getChildren().addAll(toolbar(), table, cellProblem);
        footnote(model.section()).ifPresent(getChildren()::add);
    }

    public TableSectionModel model() {
        return model;
    }

    public TableView<DisplayRow> table() {
        return table;
    }

    /** Stops listening to the document (the tab is closed or replaced). */
    public void dispose() {
        model.editor().changesProperty().removeListener(onChange);
    }

    // ------------------------------------------------------------------ header

    private void buildColumns() {
        SectionTemplate s = model.section();
        for (HeaderNode node : s.header()) {
            table.getColumns().add(headerColumn(node, s));
        }
        // Columns the header tree forgot still get shown, after the others.
        for (ColumnTemplate c : model.columns()) {
            if (dataColumns.stream().noneMatch(d -> d.getUserData() == c)) {
                table.getColumns().add(leafColumn(c));
            }
        }
    }

    private TableColumn<DisplayRow, ?> headerColumn(HeaderNode node, SectionTemplate s) {
        if (node.isLeaf()) {
            // A leaf may relabel its column under a group (the APA's "অসাধারণ" over "১০০%"), as on paper.
            return s.column(node.column()).map(c -> leafColumn(c, node.label())).orElseGet(TableColumn::new);
        }
        TableColumn<DisplayRow, DisplayRow> group = new TableColumn<>();
        group.setGraphic(headerLabel(model.editor().fill(node.label()), group));
        group.setSortable(false);
        group.setReorderable(false);
        for (HeaderNode child : node.children()) {
            group.getColumns().add(headerColumn(child, s));
        }
        return group;
    }

    /** A column's header, with the column-number row ("১" or "(১)") as a nested column under it. */
    private TableColumn<DisplayRow, ?> leafColumn(ColumnTemplate c) {
        return leafColumn(c, null);
    }

    private TableColumn<DisplayRow, ?> leafColumn(ColumnTemplate c, org.lokkho.domain.template.LocalizedText label) {
        TableColumn<DisplayRow, DisplayRow> data = new TableColumn<>();
        data.setUserData(c);
        data.setId("col-" + c.key());
        data.setPrefWidth(Math.max(44, c.width() * PX_PER_WIDTH_UNIT));
        data.setSortable(false);
        data.setReorderable(false);
        data.setEditable(c.isEditable());
        data.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        data.setCellFactory(col -> new GridCell(this, c, col.widthProperty()));
        dataColumns.add(data);
        String header = model.editor().fill(label != null ? label : c.header());
        String style = model.section().columnNumbers();
        if ("none".equals(style)) {
            data.setGraphic(headerLabel(header, data));
            return data;
        }
        String number = BengaliDigits.format(model.columns().indexOf(c) + 1L);
        number = messages.digits("parenthesized".equals(style) ? "(" + number + ")" : number);
        data.setText(number);
        data.getStyleClass().add("column-number");
        TableColumn<DisplayRow, DisplayRow> titled = new TableColumn<>();
        titled.setGraphic(headerLabel(header, titled));
        titled.setSortable(false);
        titled.setReorderable(false);
        titled.getColumns().add(data);
        return titled;
    }

    /** A header text wrapped to its column's width, so long Bengali headers show whole over several lines. */
    private javafx.scene.text.Text headerLabel(String text, TableColumn<?, ?> column) {
        javafx.scene.text.Text t = new javafx.scene.text.Text();
        t.getStyleClass().add("header-label");
        t.setFont(TableFonts.BOLD);
        t.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        Runnable wrap = () -> t.setText(LineBreaker.breakLines(text, TableFonts.BOLD, column.getWidth() - 10));
        column.widthProperty().addListener((o, a, b) -> wrap.run());
        wrap.run();
        return t;
    }

    private Optional<Label> footnote(SectionTemplate s) {
        if (s.footnote() == null) {
            return Optional.empty();
        }
        Label l = new WrappingLabel(model.editor().fill(s.footnote()));
        l.getStyleClass().add("footnote");
        return Optional.of(l);
    }

    // ------------------------------------------------------------------ row operations

    private ToolBar toolbar() {
        ToolBar bar = new ToolBar(
                button("ui.action.addRow", "add-row", () -> {
                    int col = focusedColumn();
                    select(model.addRow(focusedLine()), col);
                }),
                button("ui.action.addGroup", "add-group", () -> select(model.addGroup(focusedLine()), 0)),
                button("ui.action.removeRow", "remove-row", () -> model.removeRow(focusedLine())),
                button("ui.action.moveUp", "move-up", () -> move(-1)),
                button("ui.action.moveDown", "move-down", () -> move(1)));
        bar.setDisable(model.editor().isReadOnly());
        bar.getStyleClass().add("row-toolbar");
        return bar;
    }

    private void move(int delta) {
        int col = focusedColumn();
        int line = model.moveRow(focusedLine(), delta);
        if (line >= 0) {
            select(line, col);
        }
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id + "-" + model.section().key());
        b.setOnAction(e -> {
            action.run();
            focusTable();
        });
        return b;
    }

    // ------------------------------------------------------------------ keyboard

    private void onKeyPressed(KeyEvent e) {
        if (table.getEditingCell() != null) {
            return;
        }
        if (COPY.match(e)) {
            copySelection();
            e.consume();
        } else if (PASTE.match(e)) {
            String text = Clipboard.getSystemClipboard().getString();
            if (text != null) {
                pasteText(text);
            }
            e.consume();
        } else if (e.getCode() == KeyCode.F2) {
            editFocused(null);
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER) {
            moveFrom(focusedLine(), focusedTemplate(), e.isShiftDown() ? -1 : 1, 0);
            e.consume();
        } else if (e.getCode() == KeyCode.TAB) {
            moveFrom(focusedLine(), focusedTemplate(), 0, e.isShiftDown() ? -1 : 1);
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            List<int[]> cells = new ArrayList<>();
            for (TablePosition<?, ?> p : table.getSelectionModel().getSelectedCells()) {
                cells.add(new int[] {p.getRow(), columnIndex(p.getTableColumn())});
            }
            model.clear(cells);
            e.consume();
        }
    }

    /** Typing a character on a selected cell starts editing with that character. */
    private void onKeyTyped(KeyEvent e) {
        String ch = e.getCharacter();
        if (table.getEditingCell() != null || ch == null || ch.isEmpty() || e.isControlDown() || e.isMetaDown()
                || e.isAltDown() || Character.isISOControl(ch.charAt(0))) {
            return;
        }
        editFocused(ch);
        e.consume();
    }

    private void editFocused(String seedText) {
        TablePosition<DisplayRow, ?> p = table.getFocusModel().getFocusedCell();
        if (p == null || p.getRow() < 0 || p.getTableColumn() == null) {
            return;
        }
        DisplayRow line = model.lines().get(p.getRow());
        if (!model.isEditable(line, templateOf(p.getTableColumn()))) {
            return;
        }
        seed = seedText;
        table.edit(p.getRow(), dataColumn(p.getTableColumn()));
    }

    boolean hasSeed() {
        return seed != null;
    }

    String takeSeed() {
        String s = seed;
        seed = null;
        return s;
    }

    void commit(DisplayRow line, ColumnTemplate c, String text) {
        model.edit(line, c, text);
        focusTable();
    }

    /** Moves the cell focus by rows (down) and columns (right); past the last column it wraps to the next line. */
    void moveFrom(int line, ColumnTemplate from, int down, int right) {
        if (line < 0) {
            return;
        }
        int col = Math.max(0, model.columns().indexOf(from)) + right;
        int row = line + down;
        if (col >= dataColumns.size()) {
            col = 0;
            row++;
        } else if (col < 0) {
            col = dataColumns.size() - 1;
            row--;
        }
        select(Math.max(0, Math.min(row, model.lines().size() - 1)), col);
    }

    public void select(int line, int col) {
        if (line < 0 || line >= model.lines().size()) {
            return;
        }
        TableColumn<DisplayRow, DisplayRow> c = dataColumns.get(Math.max(0, Math.min(col, dataColumns.size() - 1)));
        table.getSelectionModel().clearAndSelect(line, c);
        table.getFocusModel().focus(line, c);
        scrollIntoView(line);
        focusTable();
    }

    /** Scrolls only as far as needed (Enter on the last visible line must not jump the table to the top). */
    private void scrollIntoView(int line) {
        if (table.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow) {
            flow.scrollTo(line);
        } else {
            table.scrollTo(line);
        }
    }

    void focusTable() {
        table.requestFocus();
    }

    // ------------------------------------------------------------------ clipboard

    private void copySelection() {
        String tsv = copyText();
        if (!tsv.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(tsv);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    /** The selected rectangle as tab-separated text. */
    public String copyText() {
        List<TablePosition> cells = new ArrayList<>(table.getSelectionModel().getSelectedCells());
        if (cells.isEmpty()) {
            return "";
        }
        int r0 = cells.stream().mapToInt(TablePosition::getRow).min().orElse(0);
        int r1 = cells.stream().mapToInt(TablePosition::getRow).max().orElse(0);
        int c0 = cells.stream().mapToInt(p -> columnIndex(p.getTableColumn())).min().orElse(0);
        int c1 = cells.stream().mapToInt(p -> columnIndex(p.getTableColumn())).max().orElse(0);
        return model.copy(r0, c0, r1, c1);
    }

    /** Pastes a tab-separated block at the focused cell (the top-left of the selection). */
    public int pasteText(String tsv) {
        List<TablePosition> cells = new ArrayList<>(table.getSelectionModel().getSelectedCells());
        int line = cells.stream().mapToInt(TablePosition::getRow).min().orElse(Math.max(0, focusedLine()));
        int col = cells.stream().map(p -> columnIndex(p.getTableColumn())).min(Comparator.naturalOrder()).orElse(Math.max(0, focusedColumn()));
        return model.paste(line, col, tsv);
    }

    // ------------------------------------------------------------------ helpers

    private void refreshCells() {
        table.refresh();
        showProblemOf(table.getFocusModel().getFocusedCell());
    }

    private void showProblemOf(TablePosition<DisplayRow, ?> p) {
        String msg = "";
        if (p != null && p.getRow() >= 0 && p.getRow() < model.lines().size() && p.getTableColumn() != null) {
            msg = model.problem(model.lines().get(p.getRow()), templateOf(p.getTableColumn())).orElse("");
        }
        cellProblem.setFullText(msg);
        cellProblem.setTooltip(msg.isEmpty() ? null : new Tooltip(msg));
    }

    private int focusedLine() {
        TablePosition<DisplayRow, ?> p = table.getFocusModel().getFocusedCell();
        return p == null ? -1 : p.getRow();
    }

    private int focusedColumn() {
        TablePosition<DisplayRow, ?> p = table.getFocusModel().getFocusedCell();
        return p == null || p.getTableColumn() == null ? 0 : columnIndex(p.getTableColumn());
    }

    private ColumnTemplate focusedTemplate() {
        TablePosition<DisplayRow, ?> p = table.getFocusModel().getFocusedCell();
        return p == null || p.getTableColumn() == null ? model.columns().get(0) : templateOf(p.getTableColumn());
    }

    private int columnIndex(TableColumn<?, ?> c) {
        return model.columns().indexOf(templateOf(c));
    }

    private static ColumnTemplate templateOf(TableColumn<?, ?> c) {
        return (ColumnTemplate) c.getUserData();
    }

    @SuppressWarnings("unchecked")
    private TableColumn<DisplayRow, DisplayRow> dataColumn(TableColumn<DisplayRow, ?> c) {
        return (TableColumn<DisplayRow, DisplayRow>) c;
    }

    /** Styles a visual line by what it is: group heading, target or achieved half of a pair, or a plain row. */
    private final class LineRow extends TableRow<DisplayRow> {
        @Override
        protected void updateItem(DisplayRow item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("group-row", "target-line", "achieved-line", "single-line");
            if (!empty && item != null) {
                getStyleClass().add(switch (item.half()) {
                    case GROUP -> "group-row";
                    case TARGET -> "target-line";
                    case ACHIEVED -> "achieved-line";
                    case SINGLE -> "single-line";
                });
            }
        }
    }
}
