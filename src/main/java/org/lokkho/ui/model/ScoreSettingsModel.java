package org.lokkho.ui.model;

import org.lokkho.domain.document.DocumentSettings;
import org.lokkho.domain.document.DocumentSettings.NotApplicablePolicy;

/**
 * The evaluator's choices for one document (interpolation or step scoring, how a not-applicable indicator counts).
 * A change is an undoable step like any edit, and rescoring follows at once.
 */
public final class ScoreSettingsModel {
    private final DocumentEditorModel editor;

    public ScoreSettingsModel(DocumentEditorModel editor) {
        this.editor = editor;
    }

    public DocumentSettings current() {
        return editor.document().settings();
    }

    public boolean stepScoring() {
        return current().stepScoring();
    }

    public NotApplicablePolicy notApplicable() {
        return current().notApplicable();
    }

    /** Returns false when nothing changed (or the editor is read-only). */
    public boolean apply(boolean stepScoring, NotApplicablePolicy notApplicable) {
        DocumentSettings before = current();
        DocumentSettings after = new DocumentSettings(notApplicable, before.percentAggregation(), stepScoring);
        if (editor.isReadOnly() || after.equals(before)) {
            return false;
        }
        editor.execute(new EditCommand() {
            @Override
            public void apply() {
                editor.document().setSettings(after);
            }

            @Override
            public void revert() {
                editor.document().setSettings(before);
            }
        });
        return true;
    }
}
