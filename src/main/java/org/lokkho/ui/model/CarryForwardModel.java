package org.lokkho.ui.model;

import org.lokkho.domain.apa.ApaCarryForward;
import org.lokkho.domain.document.FormDocument;

/**
 * "পরবর্তী অর্থবছরের এপিএ তৈরি": next fiscal year's APA from the open one (the domain's carry-forward rules), stored
 * as a new document and opened in place of this one. The current document is not changed.
 */
public final class CarryForwardModel {
    private CarryForwardModel() {
    }

    /** Whether the open document is an APA (a form the carry-forward rules apply to). */
    public static boolean applies(DocumentEditorModel editor) {
        return editor != null && editor.template().scoring() != null && "apa-levels".equals(editor.template().scoring().rule());
    }

    public static DocumentEditorModel nextYear(MainViewModel vm) throws UserError {
        DocumentEditorModel editor = vm.editor();
        if (!applies(editor)) {
            throw new UserError(vm.messages().get("ui.apa.error.notApa"));
        }
        FormDocument next;
        try {
            next = ApaCarryForward.nextYear(editor.template(), editor.document(), editor.linkedScores());
            vm.services().documents().create(next);
        } catch (RuntimeException e) {
            throw new UserError(vm.messages().get("ui.apa.error.carryForward", vm.renderError(e)));
        }
        vm.reloadLists();
        DocumentEditorModel opened = vm.open(next.id());
        vm.statusProperty().set(vm.messages().get("ui.apa.carriedForward", vm.messages().digits(next.fiscalYear().shortLabel())));
        return opened;
    }
}
