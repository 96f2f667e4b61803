package org.lokkho.domain.document;

import java.util.List;
import org.lokkho.domain.template.Numbering;
import org.lokkho.domain.template.SectionTemplate;
import org.lokkho.domain.text.BengaliDigits;

/**
 * Gives every row its number from its position, so adding, removing or moving rows renumbers the table:
 * groups ১, ২ …; items under group n: ১.১, ১.২ … (DOTTED) or [১.১] (BRACKETED); or a plain serial.
 */
public final class RowNumbering {
    private RowNumbering() {
    }

    public static void renumber(List<TableRow> rows, Numbering style) {
        if (style == Numbering.HIERARCHICAL) {
            hierarchical(rows, SectionTemplate.DEFAULT_ACTIVITY_COLUMN);
            return;
        }
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
                case HIERARCHICAL -> throw new IllegalStateException("handled above");
            });
        }
    }

    /**
     * Numbers a section's rows by its template: three-level APA codes (group [১], activity [১.১], indicator [১.১.১])
     * for "hierarchical" numbering or a named {@code activityColumn}, otherwise as {@link #renumber(List, Numbering)}.
     */
    public static void renumber(List<TableRow> rows, SectionTemplate section) {
        if (section.activityKey().isEmpty()) {
            renumber(rows, section.numbering());
        } else {
            hierarchical(rows, section.activityKey().get());
        }
    }

    private static void hierarchical(List<TableRow> rows, String activityColumn) {
        int group = 0;
        int activity = 0;
        int indicator = 0;
        String lastActivity = null;
        for (TableRow row : rows) {
            if (row.isGroup()) {
                group++;
                activity = 0;
                lastActivity = null;
                row.setCode("[" + BengaliDigits.format(group) + "]");
                continue;
            }
            String text = row.cell(activityColumn).raw().strip();
            // A blank activity cell continues the activity above, as a row-spanned cell does on paper.
            if (lastActivity == null || (!text.isEmpty() && !text.equals(lastActivity))) {
                activity++;
                indicator = 0;
                lastActivity = text;
            }
            indicator++;
            String prefix = group == 0 ? "" : BengaliDigits.format(group) + ".";
            row.setCode("[" + prefix + BengaliDigits.format(activity) + "." + BengaliDigits.format(indicator) + "]");
        }
    }

    /** The activity code of a three-level indicator code: [২.৩.১] → [২.৩]; other codes are returned unchanged. */
    public static String activityCode(String indicatorCode) {
        if (indicatorCode == null || !indicatorCode.startsWith("[") || !indicatorCode.endsWith("]")) {
            return indicatorCode;
        }
        int dot = indicatorCode.lastIndexOf('.');
        return dot < 0 ? indicatorCode : indicatorCode.substring(0, dot) + "]";
    }

    /** How a list item is numbered in print: "১।", "০১.", "(১)". */
    public static String listLabel(int index, Numbering style) {
        int n = index + 1;
        return switch (style) {
            case NONE -> "";
            case SERIAL_PADDED -> BengaliDigits.toBengali(String.format("%02d.", n));
            case PARENTHESIZED -> "(" + BengaliDigits.format(n) + ")";
            case DOTTED, BRACKETED, HIERARCHICAL -> BengaliDigits.format(n) + ".";
            case SERIAL -> BengaliDigits.format(n) + "।";
        };
    }
}
