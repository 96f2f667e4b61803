package org.lokkho.ui.model;

import org.lokkho.domain.document.TextContent;
import org.lokkho.domain.template.SectionTemplate;

/** A free-text section (vision, mission, preamble), edited in place. */
public final class TextSectionModel extends ContentSectionModel<TextContent> implements SectionModel {
    TextSectionModel(SectionTemplate section, TextContent content, DocumentEditorModel editor) {
        super(section, content, editor);
    }

    public String text() {
        return content.text();
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
