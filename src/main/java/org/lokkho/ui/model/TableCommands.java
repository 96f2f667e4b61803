package org.lokkho.ui.model;

import java.util.List;
import org.lokkho.domain.cell.CellValue;
import org.lokkho.domain.document.TableRow;

/** The undoable changes of a table section. Rows are held by reference: their ids stay stable across moves. */
final class TableCommands {
    private TableCommands() {
    }

    /** A cell typed, pasted or cleared; {@code achieved} selects the অর্জন half of a paired column. */
    record CellEdit(TableRow row, String column, boolean achieved, CellValue before, CellValue after) implements EditCommand {
        @Override
        public void apply() {
            set(after);
        }

        @Override
        public void revert() {
            set(before);
        }

        private void set(CellValue v) {
            if (achieved) {
                row.setAchieved(column, v);
            } else {
                row.setCell(column, v);
            }
        }
    }

    /** A group heading renamed. */
    record TitleEdit(TableRow row, String before, String after) implements EditCommand {
        @Override
        public void apply() {
            row.setTitle(after);
        }

        @Override
        public void revert() {
            row.setTitle(before);
        }
    }

    record RowInsert(List<TableRow> rows, int index, TableRow row) implements EditCommand {
        @Override
        public void apply() {
            rows.add(index, row);
        }

        @Override
        public void revert() {
            rows.remove(index);
        }
    }

    record RowRemove(List<TableRow> rows, int index, TableRow row) implements EditCommand {
        @Override
        public void apply() {
            rows.remove(index);
        }

        @Override
        public void revert() {
            rows.add(index, row);
        }
    }

    record RowMove(List<TableRow> rows, int from, int to) implements EditCommand {
        @Override
        public void apply() {
            rows.add(to, rows.remove(from));
        }

        @Override
        public void revert() {
            rows.add(from, rows.remove(to));
        }
    }
}
