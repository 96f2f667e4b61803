package org.lokkho.ui.model;

import org.lokkho.domain.document.TextContent;
import org.lokkho.domain.template.SectionTemplate;

/** A free-text section (vision, mission, preamble), edited in place. */
public final class TextSectionModel implements SectionModel {
    private final SectionTemplate section;
    private final TextContent content;
    private final DocumentEditorModel editor;

    TextSectionModel(SectionTemplate section, TextContent content, DocumentEditorModel editor) {
        this.section = section;
        this.content = content;
        this.editor = editor;
    }

    @Override
    public SectionTemplate section() {
        return section;
    }

    /** Counts document changes (undo, redo, restore), so the view can show the model's state again. */
    public javafx.beans.value.ObservableIntegerValue changes() {
        return editor.changesProperty();
    }

    public String text() {
        return content.text();
    }

    public boolean isReadOnly() {
        return editor.isReadOnly();
    }

    /** Commits the text (the view calls this when the officer pauses or leaves the field). */
    public void setText(String text) {
        String before = content.text();
        String after = text == null ? "" : text;
        if (before.equals(after) || editor.isReadOnly()) {
            return;
        }
        editor.execute(new EditCommand() {
            @Override
            public void apply() {
                content.setText(after);
            }

            @Override
            public void revert() {
                content.setText(before);
            }
        });
    }
}
