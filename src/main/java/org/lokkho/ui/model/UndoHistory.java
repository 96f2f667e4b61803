package org.lokkho.ui.model;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Undo and redo stacks of {@link EditCommand}s. A new command clears the redo stack. */
public final class UndoHistory {
    private static final int LIMIT = 500;
    private final Deque<EditCommand> undo = new ArrayDeque<>();
    private final Deque<EditCommand> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);

    /** Records a command that has already been applied. */
    public void done(EditCommand command) {
        undo.push(command);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        update();
    }

    public boolean undo() {
        if (undo.isEmpty()) {
            return false;
        }
        EditCommand c = undo.pop();
        c.revert();
        redo.push(c);
        update();
        return true;
    }

    public boolean redo() {
        if (redo.isEmpty()) {
            return false;
        }
        EditCommand c = redo.pop();
        c.apply();
        undo.push(c);
        update();
        return true;
    }

    public void clear() {
        undo.clear();
        redo.clear();
        update();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
