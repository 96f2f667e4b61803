package org.lokkho.ui.table;

import org.lokkho.ui.text.LineBreaker;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Text;
import org.lokkho.domain.template.ColumnTemplate;
import org.lokkho.ui.model.DisplayRow;
import org.lokkho.ui.model.TableSectionModel;

/**
 * One cell of the table editor. Shows what the model says (wrapped over several lines), marks invalid cells with
 * the reason as tooltip, and edits in a TextArea: Enter commits and goes down, Alt+Enter breaks the line,
 * Tab/Shift+Tab commit and go right/left, Esc cancels.
 */
final class GridCell extends TableCell<DisplayRow, DisplayRow> {
    private static final double PADDING = 10;
    private final TableSectionView view;
    private final TableSectionModel model;
    private final ColumnTemplate column;
    private final Text text = new Text();
    private TextArea area;
    private javafx.scene.control.ComboBox<String> choice;
    private boolean finishing;

    private final javafx.beans.value.ObservableDoubleValue columnWidth;

    /** Wraps to the column's width (known before layout, unlike the cell's own), so rows get their height right. */
    GridCell(TableSectionView view, ColumnTemplate column, javafx.beans.value.ObservableDoubleValue columnWidth) {
        this.view = view;
        this.model = view.model();
        this.column = column;
        this.columnWidth = columnWidth;
        getStyleClass().add("grid-cell");
        text.getStyleClass().add("grid-text");
        columnWidth.addListener((o, a, b) -> {
            if (getItem() != null && !isEditing()) {
                show(getItem());
            }
        });
    }

    ColumnTemplate column() {
        return column;
    }

    @Override
    protected void updateItem(DisplayRow item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeAll("invalid", "warning", "missing", "derived", "readonly", "group-heading");
        setTooltip(null);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        if (isEditing() && editor() != null) {
            setGraphic(editor());
            return;
        }
        show(item);
    }

    private void show(DisplayRow item) {
        boolean heading = item.isGroup() && column == model.groupColumn();
        boolean bold = heading || column.isDerived();
        text.setFont(bold ? TableFonts.BOLD : TableFonts.REGULAR);
        String shown = model.display(item, column);
        // A group heading spans the row: it is not broken and may run over the (transparent) cells to its right,
        // unless the group fills cells of its own (the APA's area weight), where it stays in its column.
        boolean spans = heading && model.headingSpans();
        text.setText(spans ? shown : LineBreaker.breakLines(shown, text.getFont(), columnWidth.get() - PADDING));
        if (heading) {
            getStyleClass().add("group-heading");
        }
        setAlignment(Pos.TOP_LEFT);
        setGraphic(text);
        if (column.isDerived()) {
            getStyleClass().add("derived");
        } else if (!item.isGroup() && !model.isEditable(item, column)) {
            getStyleClass().add("readonly");
        }
        TableSectionModel.Mark mark = model.mark(item, column);
        if (mark != TableSectionModel.Mark.NONE) {
            getStyleClass().add(switch (mark) {
                case ERROR -> "invalid";
                case WARNING -> "warning";
                default -> "missing";
            });
            model.problem(item, column).ifPresent(msg -> setTooltip(new Tooltip(msg)));
        }
        model.derivedNote(item, column).ifPresent(note -> setTooltip(new Tooltip(note)));
    }

    @Override
    public void startEdit() {
        DisplayRow item = getItem();
        if (item == null || !model.isEditable(item, column)) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        finishing = false;
        // Typing goes into plain text (the choices are only suggestions); F2 or a double click opens the drop-down.
        if (column.type() == org.lokkho.domain.cell.ColumnType.CHOICE && !column.choices().isEmpty() && !view.hasSeed()) {
            startChoice(item);
            return;
        }
        area = new TextArea();
        area.getStyleClass().add("cell-editor");
        area.setWrapText(org.lokkho.ui.text.NativeWrapping.isReliable());
        String seed = view.takeSeed();
        area.setText(seed != null ? seed : model.editText(item, column));
        area.setPrefRowCount(Math.max(1, Math.min(6, area.getText().split("\n", -1).length)));
        area.setPrefHeight(Math.max(getHeight(), 28));
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        area.focusedProperty().addListener((o, was, now) -> {
            if (!now && isEditing()) {
                commit(0, 0);
            }
        });
        setText(null);
        setGraphic(area);
        area.requestFocus();
        area.positionCaret(area.getText().length());
    }

    /** A choice column (একক) edits in an editable drop-down: the prescribed words, or anything else typed. */
    private void startChoice(DisplayRow item) {
        choice = new javafx.scene.control.ComboBox<>();
        choice.setEditable(true);
        choice.getStyleClass().add("cell-editor");
        column.choices().forEach(c -> choice.getItems().add(c.bn()));
        String start = model.editText(item, column);
        // The skin copies the value into the text field, so the value must hold the starting text too.
        choice.setValue(start);
        choice.getEditor().setText(start);
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        // Picking a word from the list is the whole edit.
        choice.valueProperty().addListener((o, a, picked) -> {
            if (picked != null && isEditing() && choice != null && !picked.equals(start)) {
                choice.getEditor().setText(picked);
                commit(0, 0);
            }
        });
        choice.getEditor().focusedProperty().addListener((o, was, now) -> {
            if (!now && isEditing() && choice != null && !choice.isShowing()) {
                commit(0, 0);
            }
        });
        setText(null);
        setGraphic(choice);
        choice.requestFocus();
        javafx.application.Platform.runLater(() -> {
            if (choice != null) {
                choice.getEditor().end();
            }
        });
    }

    private javafx.scene.control.Control editor() {
        return area != null ? area : choice;
    }

    private String editorText() {
        if (area != null) {
            return area.getText();
        }
        if (choice != null) {
            return choice.getEditor().getText();
        }
        return "";
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && e.isAltDown() && area != null) {
            area.insertText(area.getCaretPosition(), "\n");
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER) {
            e.consume();
            commit(e.isShiftDown() ? -1 : 1, 0);
        } else if (e.getCode() == KeyCode.TAB) {
            e.consume();
            commit(0, e.isShiftDown() ? -1 : 1);
        } else if (e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            cancelEdit();
            view.focusTable();
        }
    }

    /** Ends editing, hands the text to the model, then moves the focus by the given steps. */
    private void commit(int down, int right) {
        if (finishing) {
            return;
        }
        finishing = true;
        DisplayRow item = getItem();
        int line = getIndex();
        String value = editorText();
        cancelEdit();
        if (item != null) {
            view.commit(item, column, value);
        }
        if (down != 0 || right != 0) {
            view.moveFrom(line, column, down, right);
        }
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        area = null;
        choice = null;
        DisplayRow item = getItem();
        if (item != null) {
            show(item);
        }
    }
}
