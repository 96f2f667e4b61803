package org.lokkho.ui.model;

import org.lokkho.domain.template.SectionTemplate;

/**
 * What the text, list and signature section models share: their template section, the live content they edit, and
 * the document editor that runs their undoable commands.
 */
abstract class ContentSectionModel<C> {
    protected final SectionTemplate section;
    protected final C content;
    protected final DocumentEditorModel editor;

    ContentSectionModel(SectionTemplate section, C content, DocumentEditorModel editor) {
        this.section = section;
        this.content = content;
        this.editor = editor;
    }

    public SectionTemplate section() {
        return section;
    }

    /** Counts document changes (undo, redo, restore), so the view can show the model's state again. */
    public javafx.beans.value.ObservableIntegerValue changes() {
        return editor.changesProperty();
    }

    public boolean isReadOnly() {
        return editor.isReadOnly();
    }
}
