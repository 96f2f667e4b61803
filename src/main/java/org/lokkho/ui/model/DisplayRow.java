package org.lokkho.ui.model;

import org.lokkho.domain.document.TableRow;

/**
 * One visual line of a table editor. A logical NIS row shows as two lines: the target line edits the row's
 * {@code cells}, the achieved line edits its {@code achieved} half of the paired columns.
 */
public record DisplayRow(TableRow row, Half half) {
    public enum Half { GROUP, SINGLE, TARGET, ACHIEVED }

    public boolean isGroup() {
        return half == Half.GROUP;
    }

    /** The line that shows the row's own (non-paired) columns. */
    public boolean isFirstLine() {
        return half != Half.ACHIEVED;
    }
}
