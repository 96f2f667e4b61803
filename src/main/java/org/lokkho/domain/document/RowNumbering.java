package org.lokkho.domain.document;

import java.util.List;
import org.lokkho.domain.template.Numbering;
import org.lokkho.domain.text.BengaliDigits;

/**
 * Gives every row its number from its position, so adding, removing or moving rows renumbers the table:
 * groups ১, ২ …; items under group n: ১.১, ১.২ … (DOTTED) or [১.১] (BRACKETED); or a plain serial.
 */
public final class RowNumbering {
    private RowNumbering() {
    }

    public static void renumber(List<TableRow> rows, Numbering style) {
        int group = 0;
        int item = 0;
        int serial = 0;
        for (TableRow row : rows) {
            if (row.isGroup()) {
                group++;
                item = 0;
                row.setCode(style == Numbering.NONE ? "" : BengaliDigits.format(group));
                continue;
            }
            item++;
            serial++;
            String dotted = group == 0 ? BengaliDigits.format(item) : BengaliDigits.format(group) + "." + BengaliDigits.format(item);
            row.setCode(switch (style) {
                case NONE -> "";
                case DOTTED -> dotted;
                case BRACKETED -> "[" + dotted + "]";
                case SERIAL -> BengaliDigits.format(serial);
                case SERIAL_PADDED -> BengaliDigits.toBengali(String.format("%02d", serial));
                case PARENTHESIZED -> "(" + BengaliDigits.format(serial) + ")";
            });
        }
    }

    /** How a list item is numbered in print: "১।", "০১.", "(১)". */
    public static String listLabel(int index, Numbering style) {
        int n = index + 1;
        return switch (style) {
            case NONE -> "";
            case SERIAL_PADDED -> BengaliDigits.toBengali(String.format("%02d.", n));
            case PARENTHESIZED -> "(" + BengaliDigits.format(n) + ")";
            case DOTTED, BRACKETED -> BengaliDigits.format(n) + ".";
            case SERIAL -> BengaliDigits.format(n) + "।";
        };
    }
}
