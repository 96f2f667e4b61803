package org.lokkho.pdf.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lokkho.domain.document.RowNumbering;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.template.Numbering;
import org.lokkho.domain.template.SectionTemplate;

/**
 * A group and its items as one block, the way the APA's Section 3 and Annexes 5–8 are printed: the group columns
 * (template {@code groupColumns}: area title and area weight) span all the group's items, and the activity column
 * ({@code activityColumn}) spans consecutive items of one activity (same or blank text), printed once with its
 * code ("[১.১] …"). One sub-row per item; {@link RowSplit} cuts it between items when it runs over a page.
 */
final class GroupSpanBlocks {
    /** What the table renderer knows how to do for one cell. */
    interface Cells {
        GridCell cell(int first, int last, int row, int span, String text, boolean bold, Align align, float fill);

        /** An item row's cells in every column except the skipped ones, on sub-row {@code row}. */
        void itemCells(TableRow item, int row, java.util.Set<Integer> skip, List<GridCell> out);
    }

    private final SectionTemplate section;
    private final Cells cells;

    GroupSpanBlocks(SectionTemplate section, Cells cells) {
        this.section = section;
        this.cells = cells;
    }

    /** True when the section asks for spanning group cells (and is not an NIS-style target/achievement pair table). */
    static boolean applies(SectionTemplate section) {
        return !section.groupColumns().isEmpty() && !section.isPaired()
                && section.groupColumns().stream().anyMatch(c -> section.columnIndex(c) >= 0);
    }

    /** The block of one group (null for items before any group) and its items. */
    TableBlock block(TableRow group, List<TableRow> items) {
        int n = Math.max(1, items.size());
        List<GridCell> out = new ArrayList<>();
        java.util.Set<Integer> skip = new java.util.HashSet<>();
        List<String> groupColumns = section.groupColumns();
        for (int g = 0; g < groupColumns.size(); g++) {
            int col = section.columnIndex(groupColumns.get(g));
            if (col < 0) {
                continue;
            }
            skip.add(col);
            String text = "";
            if (group != null) {
                // The first group column carries the group's code and title; the others the group row's own cells.
                text = g == 0 ? join(group.code(), group.title()) : TableRenderer.display(group.cell(groupColumns.get(g)));
            }
            out.add(cells.cell(col, col, 0, n, text, g == 0, g == 0 ? Align.LEFT : Align.CENTER, 1f));
        }
        int activityCol = section.activityKey().map(section::columnIndex).orElse(-1);
        if (activityCol >= 0 && !items.isEmpty()) {
            skip.add(activityCol);
            addActivities(items, activityCol, out);
        }
        for (int i = 0; i < items.size(); i++) {
            cells.itemCells(items.get(i), i, skip, out);
        }
        if (items.isEmpty()) {
            for (int c = 0; c < section.columns().size(); c++) {
                if (!skip.contains(c)) {
                    out.add(cells.cell(c, c, 0, 1, "", false, Align.LEFT, 1f));
                }
            }
        }
        return new TableBlock(n, out);
    }

    private void addActivities(List<TableRow> items, int col, List<GridCell> out) {
        String key = section.columns().get(col).key();
        int start = 0;
        String text = items.get(0).cell(key).raw().strip();
        for (int i = 1; i <= items.size(); i++) {
            String next = i < items.size() ? items.get(i).cell(key).raw().strip() : null;
            boolean same = next != null && (next.isEmpty() || next.equals(text));
            if (same) {
                continue;
            }
            out.add(cells.cell(col, col, start, i - start, activityText(items.get(start), text), false, Align.LEFT, 1f));
            start = i;
            text = next == null ? "" : next;
        }
    }

    private String activityText(TableRow first, String text) {
        Optional<String> code = section.numbering() == Numbering.HIERARCHICAL && !first.code().isEmpty()
                ? Optional.of(RowNumbering.activityCode(first.code())) : Optional.empty();
        return code.map(c -> join(c, text)).orElse(text);
    }

    private static String join(String code, String text) {
        if (code == null || code.isEmpty()) {
            return text;
        }
        return text == null || text.isEmpty() ? code : code + " " + text;
    }
}
