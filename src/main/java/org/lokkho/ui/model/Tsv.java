package org.lokkho.ui.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Tab-separated text as Excel and LibreOffice put on the clipboard: cells with tabs, newlines or quotes are
 * wrapped in double quotes, quotes doubled. A trailing newline after the last row is not an extra row.
 */
public final class Tsv {
    private Tsv() {
    }

    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return rows;
        }
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean cellStart = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cellStart) {
                quoted = true;
                cellStart = false;
            } else if (c == '\t') {
                row.add(cell.toString());
                cell.setLength(0);
                cellStart = true;
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                cellStart = true;
            } else {
                cell.append(c);
                cellStart = false;
            }
        }
        if (!cellStart || cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    public static String format(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    out.append('\t');
                }
                out.append(quote(row.get(c)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String quote(String cell) {
        String v = cell == null ? "" : cell;
        if (v.indexOf('\t') < 0 && v.indexOf('\n') < 0 && v.indexOf('"') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
