package org.lokkho.ui.model;

import java.util.ArrayList;
import java.util.List;

/** Several commands undone and redone as one (a pasted block is one Ctrl+Z). */
final class CompoundCommand implements EditCommand {
    private final List<EditCommand> parts = new ArrayList<>();

    void add(EditCommand part) {
        parts.add(part);
    }

    /** Adds and applies at once, so later parts see the effect of earlier ones (rows appended before cells are pasted into them). */
    void addApplied(EditCommand part) {
        part.apply();
        parts.add(part);
    }

    boolean isEmpty() {
        return parts.isEmpty();
    }

    @Override
    public void apply() {
        parts.forEach(EditCommand::apply);
    }

    @Override
    public void revert() {
        for (int i = parts.size() - 1; i >= 0; i--) {
            parts.get(i).revert();
        }
    }
}
