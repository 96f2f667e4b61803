package org.lokkho.pdf.layout;

import java.util.List;
import org.lokkho.pdf.text.ShapedText;

/**
 * One drawn cell of a table block: columns [firstCol, lastCol], sub-rows [row, row + rowSpan), its wrapped lines,
 * alignment, type size and background grey (1 = none).
 */
public record GridCell(int firstCol, int lastCol, int row, int rowSpan, List<ShapedText> lines, Align align,
                       float size, float fill) {
    public GridCell {
        lines = List.copyOf(lines);
    }

    public float contentHeight() {
        return lines.size() * Style.lineHeight(size) + 2 * Style.cellPad(size);
    }

    public GridCell withLines(List<ShapedText> newLines, int newRow, int newSpan) {
        return new GridCell(firstCol, lastCol, newRow, newSpan, newLines, align, size, fill);
    }
}
