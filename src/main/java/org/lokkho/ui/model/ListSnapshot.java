package org.lokkho.ui.model;

import java.util.List;

/** Replaces a list's whole content; undo puts the old content back. Lists of items and signature blocks are short. */
record ListSnapshot<T>(List<T> target, List<T> before, List<T> after) implements EditCommand {
    ListSnapshot {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    @Override
    public void apply() {
        target.clear();
        target.addAll(after);
    }

    @Override
    public void revert() {
        target.clear();
        target.addAll(before);
    }
}
