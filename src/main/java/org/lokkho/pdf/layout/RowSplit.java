package org.lokkho.pdf.layout;

import java.util.ArrayList;
import java.util.List;
import org.lokkho.pdf.text.ShapedText;

/**
 * Cuts a block of several sub-rows (a group with row-spanned cells) between two sub-rows, for a page break inside
 * a group. A spanning cell crossing the cut is printed in both parts, the continuation marked "(চলমান)", so the
 * area and activity are named again at the top of the next page, as on the printed APAs.
 */
final class RowSplit {
    private RowSplit() {
    }

    /** Sub-rows [0, k). */
    static TableBlock head(TableBlock block, int k) {
        List<GridCell> out = new ArrayList<>();
        for (GridCell c : block.cells()) {
            if (c.row() < k) {
                out.add(c.withLines(c.lines(), c.row(), Math.min(c.rowSpan(), k - c.row())));
            }
        }
        return new TableBlock(k, out);
    }

    /** Sub-rows [k, n), renumbered from 0. */
    static TableBlock tail(TableBlock block, int k, ShapedText marker) {
        List<GridCell> out = new ArrayList<>();
        for (GridCell c : block.cells()) {
            int end = c.row() + c.rowSpan();
            if (end <= k) {
                continue;
            }
            if (c.row() >= k) {
                out.add(c.withLines(c.lines(), c.row() - k, c.rowSpan()));
            } else {
                List<ShapedText> lines = new ArrayList<>(c.lines());
                // Only text cells say "(চলমান)": a narrow number cell (the area weight) has no room for it.
                if (!lines.isEmpty() && c.align() == Align.LEFT) {
                    lines.add(marker);
                }
                out.add(c.withLines(lines, 0, end - k));
            }
        }
        return new TableBlock(block.subRows() - k, out);
    }

    /** The largest k in [1, n) whose head fits in {@code available} points, or 0 if none does. */
    static int largestFittingHead(TableBlock block, float available) {
        for (int k = block.subRows() - 1; k >= 1; k--) {
            if (head(block, k).height() <= available) {
                return k;
            }
        }
        return 0;
    }
}
