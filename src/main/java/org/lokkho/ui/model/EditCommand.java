package org.lokkho.ui.model;

/** One undoable change to a document (a cell edit, a row added, moved or removed, a paste). */
public interface EditCommand {
    void apply();

    void revert();
}
