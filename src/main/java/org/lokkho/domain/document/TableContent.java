package org.lokkho.domain.document;

import java.util.ArrayList;
import java.util.List;

public final class TableContent implements SectionContent {
    private final List<TableRow> rows;

    public TableContent(List<TableRow> rows) {
        this.rows = new ArrayList<>(rows == null ? List.of() : rows);
    }

    /** The live, editable list of rows in order. */
    public List<TableRow> rows() {
        return rows;
    }

    public List<TableRow> items() {
        return rows.stream().filter(r -> !r.isGroup()).toList();
    }

    @Override
    public TableContent copy() {
        return new TableContent(rows.stream().map(TableRow::copy).toList());
    }
}
