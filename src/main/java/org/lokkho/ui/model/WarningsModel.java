package org.lokkho.ui.model;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lokkho.domain.document.TableContent;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.SectionTemplate;
import org.lokkho.domain.validation.ApaValidator;
import org.lokkho.domain.validation.DocumentValidator;
import org.lokkho.domain.validation.LocatedProblem;
import org.lokkho.domain.validation.ValidationWarning;

/**
 * The warnings listed under the editor: the APA's plan checks ({@link ApaValidator}) for an "apa-levels" form, the
 * cell and weight checks ({@link DocumentValidator}) for the others. They only inform: editing and saving go on.
 * Recomputed after every change of the document.
 */
public final class WarningsModel {
    /** One line of the panel and where it points (row id and column empty for the section as a whole). */
    public record Item(String section, String rowId, String column, String text) {
    }

    private final DocumentEditorModel editor;
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final javafx.beans.value.ChangeListener<Number> onChange = (o, a, b) -> refresh();

    public WarningsModel(DocumentEditorModel editor) {
        this.editor = editor;
        editor.changesProperty().addListener(onChange);
        refresh();
    }

    public org.lokkho.domain.i18n.Messages editorMessages() {
        return editor.messages();
    }

    /** Stops following the document (the editor is closed). */
    public void dispose() {
        editor.changesProperty().removeListener(onChange);
    }

    public ObservableList<Item> items() {
        return items;
    }

    public void refresh() {
        List<Item> next = compute();
        if (!next.equals(items)) {
            items.setAll(next);
        }
    }

    private List<Item> compute() {
        FormTemplate t = editor.template();
        Messages m = editor.messages();
        List<Item> out = new ArrayList<>();
        try {
            if (t.scoring() != null && "apa-levels".equals(t.scoring().rule())) {
                for (ValidationWarning w : new ApaValidator(t).validate(editor.document())) {
                    out.add(new Item(w.section(), w.rowId(), w.column(), w.render(m, t, editor::fill)));
                }
            } else {
                for (LocatedProblem p : DocumentValidator.validate(t, editor.document())) {
                    out.add(located(t, m, p));
                }
            }
        } catch (RuntimeException e) {
            // A template without the expected scoring block cannot be checked; the document still edits.
            out.add(new Item("", "", "", m.get("ui.warnings.unavailable", String.valueOf(e.getMessage()))));
        }
        return out;
    }

    private Item located(FormTemplate t, Messages m, LocatedProblem p) {
        SectionTemplate s = t.section(p.section()).orElse(null);
        TableRow row = null;
        if (p.row() > 0 && editor.document().section(p.section()) instanceof TableContent table && p.row() <= table.rows().size()) {
            row = table.rows().get(p.row() - 1);
        }
        List<String> where = new ArrayList<>();
        where.add(s == null || s.title() == null ? p.section() : editor.fill(s.title()));
        if (row != null && !row.code().isEmpty()) {
            where.add(m.digits(row.code()));
        }
        if (s != null && !p.column().isEmpty()) {
            where.add(s.column(p.column()).map(c -> editor.fill(c.header())).orElse(p.column()));
        }
        String text = m.digits(m.get("apa.warn.where", String.join(" › ", where), p.problem().render(m)));
        return new Item(p.section(), row == null ? "" : row.id(), p.column(), text);
    }

    /** The table model and line a warning points at, for selecting it; empty when it is about a whole section. */
    public java.util.Optional<Target> target(Item item) {
        for (SectionModel s : editor.sections()) {
            if (s instanceof TableSectionModel t && s.section().key().equals(item.section())) {
                int line = -1;
                for (int i = 0; i < t.lines().size(); i++) {
                    if (t.lines().get(i).row().id().equals(item.rowId())) {
                        line = i;
                        break;
                    }
                }
                int column = -1;
                for (int c = 0; c < t.columns().size(); c++) {
                    if (t.columns().get(c).key().equals(item.column())) {
                        column = c;
                    }
                }
                return java.util.Optional.of(new Target(t, line, column));
            }
        }
        return java.util.Optional.empty();
    }

    /** A table, a line in it (-1: none) and a column index (-1: none). */
    public record Target(TableSectionModel table, int line, int column) {
    }
}
