package org.lokkho.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.lokkho.domain.document.RowKind;
import org.lokkho.domain.document.TableContent;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.template.SectionTemplate;

/**
 * Picking the source rows a "chosen" derived table lists (APA Annex 3: only the indicators shared with other
 * offices). A chosen row is an empty row with the source row's id; the annex sync fills its copied columns and puts
 * it in source order. Undoable; removing one is the table's ordinary "remove row".
 */
public final class DerivedChoiceModel {
    /** A source row that can be added. */
    public record Candidate(String rowId, String label) {
    }

    private final TableSectionModel table;

    public DerivedChoiceModel(TableSectionModel table) {
        this.table = table;
    }

    public static boolean applies(TableSectionModel table) {
        SectionTemplate s = table.section();
        return s.isDerived() && "chosen".equals(s.derivedFrom().select());
    }

    /** The source table's items not listed yet, in source order: "[১.১.১] আদায়কৃত কাস্টমস ডিউটি". */
    public List<Candidate> candidates() {
        List<Candidate> out = new ArrayList<>();
        DocumentEditorModel editor = table.editor();
        SectionTemplate source = editor.template().section(table.section().derivedFrom().section()).orElse(null);
        if (source == null || !(editor.document().section(source.key()) instanceof TableContent rows)) {
            return out;
        }
        Set<String> listed = table.rows().stream().map(TableRow::id).collect(Collectors.toSet());
        for (TableRow r : rows.rows()) {
            if (r.isGroup() || listed.contains(r.id())) {
                continue;
            }
            String text = source.codeColumn().map(c -> r.cell(c.key()).raw()).orElse("");
            out.add(new Candidate(r.id(), editor.messages().digits(r.code()) + " " + text));
        }
        return out;
    }

    /** Adds the source row to the table; returns its line, or -1 when it could not be added. */
    public int choose(Candidate c) {
        if (!applies(table) || table.editor().isReadOnly()) {
            return -1;
        }
        TableRow row = new TableRow(c.rowId(), RowKind.ITEM, "", "", Map.of(), Map.of(), false, List.of());
        List<TableRow> rows = table.rows();
        table.editor().execute(new EditCommand() {
            @Override
            public void apply() {
                rows.add(row);
            }

            @Override
            public void revert() {
                // The sync may have moved it into source order: remove this very row, wherever it is now.
                rows.removeIf(r -> r == row);
            }
        });
        return table.firstLineOf(row);
    }
}
