package org.lokkho.domain.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lokkho.domain.cell.CellParser;
import org.lokkho.domain.cell.CellValue;
import org.lokkho.domain.template.ColumnTemplate;
import org.lokkho.domain.template.DerivedRows;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.SectionTemplate;

/**
 * Generates the rows of derived tables (APA Annex 2 and 3) from their source table (Section 3). Pure: the inputs
 * are never changed. A generated row keeps the id of its source row, so the officer's own cells (implementing unit,
 * evidence) stay with the indicator when Section 3 rows are moved, renumbered or reworded.
 */
public final class DerivedTables {
    private static final Pattern FIELD = Pattern.compile("\\{([A-Za-z0-9]+)}");

    private DerivedTables() {
    }

    /** A copy of the document with every derived table regenerated from the current state of its source. */
    public static FormDocument refreshed(FormTemplate template, FormDocument doc) {
        return refreshed(template, doc, UnaryOperator.identity());
    }

    /**
     * As {@link #refreshed(FormTemplate, FormDocument)}, with the row codes copied into derived cells passed through
     * {@code codes} (an English print writes the generated codes in ASCII digits; copied typed text is untouched).
     */
    public static FormDocument refreshed(FormTemplate template, FormDocument doc, UnaryOperator<String> codes) {
        FormDocument out = doc.copy();
        for (SectionTemplate target : template.sections()) {
            if (!target.isDerived()) {
                continue;
            }
            SectionTemplate source = template.section(target.derivedFrom().section()).orElse(null);
            if (source == null || !(doc.section(source.key()) instanceof TableContent sourceRows)) {
                continue;
            }
            TableContent current = doc.section(target.key()) instanceof TableContent t ? t : new TableContent(List.of());
            out.putSection(target.key(), generate(target, source, sourceRows, current, codes));
        }
        return out;
    }

    /** The derived table's rows for the given source rows, keeping what the officer typed in the non-copied columns. */
    public static TableContent generate(SectionTemplate target, SectionTemplate source, TableContent sourceRows, TableContent current) {
        return generate(target, source, sourceRows, current, UnaryOperator.identity());
    }

    private static TableContent generate(SectionTemplate target, SectionTemplate source, TableContent sourceRows,
                                         TableContent current, UnaryOperator<String> codes) {
        DerivedRows spec = target.derivedFrom();
        Map<String, TableRow> existing = new LinkedHashMap<>();
        current.rows().forEach(r -> existing.put(r.id(), r));
        List<TableRow> numbered = new TableContent(sourceRows.rows()).copy().rows();
        RowNumbering.renumber(numbered, source);
        List<TableRow> out = new ArrayList<>();
        String activity = "";
        for (TableRow src : numbered) {
            if (src.isGroup()) {
                activity = "";
                continue;
            }
            activity = effectiveActivity(source, src, activity);
            if (!selected(spec, src, existing.keySet())) {
                continue;
            }
            TableRow old = existing.get(src.id());
            Map<String, CellValue> cells = new LinkedHashMap<>();
            for (ColumnTemplate column : target.columns()) {
                if (spec.copies(column.key())) {
                    String text = fill(spec.copy().get(column.key()), src, activity, source, codes).strip();
                    cells.put(column.key(), CellParser.parse(text, column.type()).value());
                } else if (old != null && !old.cell(column.key()).isBlank()) {
                    cells.put(column.key(), old.cell(column.key()));
                }
            }
            out.add(new TableRow(src.id(), RowKind.ITEM, "", "", cells, Map.of(), false, List.of()));
        }
        RowNumbering.renumber(out, target);
        return new TableContent(out);
    }

    /** Adds a source indicator to a "chosen" table (Annex 3); does nothing if it is already there. */
    public static TableContent choose(SectionTemplate target, SectionTemplate source, TableContent sourceRows, TableContent current,
                                      String sourceRowId) {
        List<TableRow> rows = new ArrayList<>(current.copy().rows());
        if (rows.stream().noneMatch(r -> r.id().equals(sourceRowId))) {
            rows.add(new TableRow(sourceRowId, RowKind.ITEM, "", "", Map.of(), Map.of(), false, List.of()));
        }
        return generate(target, source, sourceRows, new TableContent(rows));
    }

    private static boolean selected(DerivedRows spec, TableRow src, Set<String> existingIds) {
        return switch (spec.select()) {
            case "chosen" -> existingIds.contains(src.id());
            case "own" -> !src.isFixed();
            default -> true;
        };
    }

    /** The activity an indicator belongs to: its own activity cell, or the one above when blank (a row-span on paper). */
    private static String effectiveActivity(SectionTemplate source, TableRow row, String previous) {
        if (source.activityKey().isEmpty()) {
            return "";
        }
        String text = row.cell(source.activityKey().get()).raw().strip();
        return text.isEmpty() ? previous : text;
    }

    private static String fill(String pattern, TableRow src, String activity, SectionTemplate source,
                               UnaryOperator<String> codes) {
        Matcher m = FIELD.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value;
            if ("code".equals(name)) {
                value = codes.apply(src.code());
            } else if ("activityCode".equals(name)) {
                value = codes.apply(RowNumbering.activityCode(src.code()));
            } else if (source.activityKey().map(name::equals).orElse(false)) {
                value = activity;
            } else {
                value = src.cell(name).raw();
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString().replaceAll("\\s+", " ");
    }
}
