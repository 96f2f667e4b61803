package org.lokkho.ui.model;

import java.util.ArrayList;
import java.util.List;
import org.lokkho.domain.document.ListContent;
import org.lokkho.domain.document.RowNumbering;
import org.lokkho.domain.template.SectionTemplate;

/** A list section (a charter's expectations, an annex of abbreviations): add, edit, remove and reorder items. */
public final class ListSectionModel extends ContentSectionModel<ListContent> implements SectionModel {
    ListSectionModel(SectionTemplate section, ListContent content, DocumentEditorModel editor) {
        super(section, content, editor);
    }

    public List<String> items() {
        return List.copyOf(content.items());
    }

    public String label(int index) {
        return editor.messages().digits(RowNumbering.listLabel(index, section.listNumbering()));
    }

    public void setItem(int index, String text) {
        List<String> after = new ArrayList<>(content.items());
        if (index < 0 || index >= after.size() || after.get(index).equals(text)) {
            return;
        }
        after.set(index, text == null ? "" : text);
        change(after);
    }

    public int add(int afterIndex) {
        List<String> after = new ArrayList<>(content.items());
        int at = afterIndex < 0 || afterIndex >= after.size() ? after.size() : afterIndex + 1;
        after.add(at, "");
        change(after);
        return at;
    }

    public void remove(int index) {
        List<String> after = new ArrayList<>(content.items());
        if (index >= 0 && index < after.size()) {
            after.remove(index);
            change(after);
        }
    }

    public int move(int index, int delta) {
        List<String> after = new ArrayList<>(content.items());
        int to = index + Integer.signum(delta);
        if (index < 0 || index >= after.size() || to < 0 || to >= after.size()) {
            return index;
        }
        after.add(to, after.remove(index));
        change(after);
        return to;
    }

    private void change(List<String> after) {
        if (!editor.isReadOnly()) {
            editor.execute(new ListSnapshot<>(content.items(), content.items(), after));
        }
    }
}
