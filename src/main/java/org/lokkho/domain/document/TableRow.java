package org.lokkho.domain.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lokkho.domain.cell.CellValue;

/**
 * One logical row. {@code cells} hold every column's value (for paired NIS columns: the target);
 * {@code achieved} holds the অর্জন half of paired columns. {@code id} is stable across moves so that
 * annexes and evidence can refer to a row while its number ({@code code}) changes.
 */
public final class TableRow {
    private final String id;
    private final RowKind kind;
    private String code;
    private String title;
    private final Map<String, CellValue> cells;
    private final Map<String, CellValue> achieved;
    private final boolean fixed;
    private final List<String> locked;

    public TableRow(String id, RowKind kind, String code, String title, Map<String, CellValue> cells,
                    Map<String, CellValue> achieved, boolean fixed, List<String> locked) {
        this.id = id == null || id.isBlank() ? UUID.randomUUID().toString() : id;
        this.kind = kind == null ? RowKind.ITEM : kind;
        this.code = code == null ? "" : code;
        this.title = title == null ? "" : title;
        this.cells = new LinkedHashMap<>(cells == null ? Map.of() : cells);
        this.achieved = new LinkedHashMap<>(achieved == null ? Map.of() : achieved);
        this.fixed = fixed;
        this.locked = locked == null ? List.of() : List.copyOf(locked);
    }

    public static TableRow item() {
        return new TableRow(null, RowKind.ITEM, "", "", Map.of(), Map.of(), false, List.of());
    }

    public static TableRow group(String title) {
        return new TableRow(null, RowKind.GROUP, "", title, Map.of(), Map.of(), false, List.of());
    }

    public String id() {
        return id;
    }

    public RowKind kind() {
        return kind;
    }

    public boolean isGroup() {
        return kind == RowKind.GROUP;
    }

    public String code() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? "" : code;
    }

    /** A group row's heading text (item rows keep their text in cells). */
    public String title() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title;
    }

    public CellValue cell(String column) {
        return cells.getOrDefault(column, CellValue.BLANK);
    }

    public CellValue achieved(String column) {
        return achieved.getOrDefault(column, CellValue.BLANK);
    }

    public void setCell(String column, CellValue value) {
        put(cells, column, value);
    }

    public void setAchieved(String column, CellValue value) {
        put(achieved, column, value);
    }

    public Map<String, CellValue> cells() {
        return java.util.Collections.unmodifiableMap(cells);
    }

    public Map<String, CellValue> achievedCells() {
        return java.util.Collections.unmodifiableMap(achieved);
    }

    public boolean isFixed() {
        return fixed;
    }

    public boolean isLocked(String column) {
        return locked.contains(column);
    }

    public List<String> locked() {
        return locked;
    }

    public TableRow copy() {
        return new TableRow(id, kind, code, title, cells, achieved, fixed, locked);
    }

    /** A copy with a fresh id, for duplicating or pasting a row. */
    public TableRow duplicate() {
        return new TableRow(null, kind, code, title, cells, achieved, false, List.of());
    }

    private static void put(Map<String, CellValue> map, String column, CellValue value) {
        if (value == null || value.isBlank()) {
            map.remove(column);
        } else {
            map.put(column, value);
        }
    }
}
