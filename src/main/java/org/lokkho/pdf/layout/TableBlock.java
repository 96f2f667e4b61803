package org.lokkho.pdf.layout;

import java.util.ArrayList;
import java.util.List;
import org.lokkho.pdf.text.ShapedText;

/**
 * A unit of a table that is kept together on one page: a header, the column-number row, a group row, or one
 * logical row (two printed rows for an NIS target/achievement pair). Sub-row heights grow to fit every cell.
 */
public final class TableBlock {
    private final List<GridCell> cells;
    private final float[] rowHeights;

    public TableBlock(int subRows, List<GridCell> cells) {
        this.cells = List.copyOf(cells);
        this.rowHeights = new float[subRows];
        float minimum = Style.lineHeight(typeSize(cells)) + 2 * Style.cellPad(typeSize(cells));
        java.util.Arrays.fill(rowHeights, minimum);
        for (GridCell c : cells) {
            if (c.rowSpan() == 1) {
                rowHeights[c.row()] = Math.max(rowHeights[c.row()], c.contentHeight());
            }
        }
        for (GridCell c : cells) {
            if (c.rowSpan() > 1) {
                float spanned = 0;
                for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
                    spanned += rowHeights[r];
                }
                if (c.contentHeight() > spanned) {
                    // Share the extra height out so paired rows stay the same height.
                    float extra = (c.contentHeight() - spanned) / c.rowSpan();
                    for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
                        rowHeights[r] += extra;
                    }
                }
            }
        }
    }

    /** The type size of the block's cells (a table prints all its cells in one size). */
    private static float typeSize(List<GridCell> cells) {
        float size = 0;
        for (GridCell c : cells) {
            size = Math.max(size, c.size());
        }
        return size > 0 ? size : Style.TABLE_SIZE;
    }

    public float height() {
        float h = 0;
        for (float r : rowHeights) {
            h += r;
        }
        return h;
    }

    public List<GridCell> cells() {
        return cells;
    }

    public int subRows() {
        return rowHeights.length;
    }

    public void draw(PageCanvas canvas, float top, float[] columnX) {
        float[] rowTop = new float[rowHeights.length + 1];
        rowTop[0] = top;
        for (int r = 0; r < rowHeights.length; r++) {
            rowTop[r + 1] = rowTop[r] + rowHeights[r];
        }
        for (GridCell c : cells) {
            float x = columnX[c.firstCol()];
            float w = columnX[c.lastCol() + 1] - x;
            float y = rowTop[c.row()];
            float h = rowTop[c.row() + c.rowSpan()] - y;
            if (c.fill() < 1f) {
                canvas.fill(x, y, w, h, c.fill());
            }
            canvas.rect(x, y, w, h);
            float lineH = Style.lineHeight(c.size());
            float pad = Style.cellPad(c.size());
            float baseline = y + pad + c.size() * Style.ASCENT;
            if (c.align() == Align.CENTER) {
                // Headers, numbers and the pair labels sit in the middle of a tall cell, as on the printed forms.
                baseline += Math.max(0, (h - c.contentHeight()) / 2);
            }
            for (ShapedText line : c.lines()) {
                float lx = switch (c.align()) {
                    case LEFT -> x + pad;
                    case CENTER -> x + (w - line.width(c.size())) / 2;
                    case RIGHT -> x + w - pad - line.width(c.size());
                };
                canvas.text(line, lx, baseline, c.size());
                baseline += lineH;
            }
        }
    }

    /**
     * A block taller than a page: its cells become one sub-row each (spanning cells keep their place in the first
     * sub-row), so that it can then be cut by lines with {@link #splitLines}.
     */
    public List<TableBlock> flatten() {
        if (rowHeights.length == 1) {
            return List.of(this);
        }
        List<TableBlock> out = new ArrayList<>();
        for (int r = 0; r < rowHeights.length; r++) {
            List<GridCell> row = new ArrayList<>();
            for (GridCell c : cells) {
                if (c.row() == r) {
                    row.add(c.withLines(c.lines(), 0, 1));
                } else if (c.row() < r && c.row() + c.rowSpan() > r) {
                    row.add(c.withLines(List.of(), 0, 1));
                }
            }
            out.add(new TableBlock(1, row));
        }
        return out;
    }

    /**
     * Splits a one-sub-row block so its first part fits {@code available} points: every cell keeps the lines that
     * fit, the longest continuing cell of the first part ends with {@code marker} ("(চলমান)"), the rest continues.
     * Returns null when not even one line fits.
     */
    public TableBlock[] splitLines(float available, ShapedText marker) {
        float size = typeSize(cells);
        float lineH = Style.lineHeight(size);
        int fit = (int) Math.floor((available - 2 * Style.cellPad(size)) / lineH) - 1;
        if (fit < 1 || rowHeights.length != 1) {
            return null;
        }
        List<GridCell> first = new ArrayList<>();
        List<GridCell> rest = new ArrayList<>();
        // The marker goes into the cell that continues longest (a wide text column, where it fits and is seen);
        // a left-aligned text cell first, as the column widths make room for the marker in those.
        GridCell markerCell = null;
        for (GridCell c : cells) {
            if (c.lines().size() > fit && (markerCell == null || prefersMarker(c, markerCell))) {
                markerCell = c;
            }
        }
        for (GridCell c : cells) {
            int take = Math.min(fit, c.lines().size());
            List<ShapedText> head = new ArrayList<>(c.lines().subList(0, take));
            if (c == markerCell) {
                head.add(marker);
            }
            first.add(c.withLines(head, 0, 1));
            rest.add(c.withLines(c.lines().subList(take, c.lines().size()), 0, 1));
        }
        return new TableBlock[] {new TableBlock(1, first), new TableBlock(1, rest)};
    }

    private static boolean prefersMarker(GridCell c, GridCell current) {
        boolean text = c.align() == Align.LEFT;
        boolean currentText = current.align() == Align.LEFT;
        return text != currentText ? text : c.lines().size() > current.lines().size();
    }
}
