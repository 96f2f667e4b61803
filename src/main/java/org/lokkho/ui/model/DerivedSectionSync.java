package org.lokkho.ui.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lokkho.domain.document.DerivedTables;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.TableContent;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.SectionTemplate;

/**
 * Brings a derived table (APA Annex 2/3) up to date with its source table after every edit, in place: rows the
 * officer already has keep their object (so the editor's selection and undo steps stay valid) and only their copied
 * columns change; rows are added, dropped or reordered as the source's are. What to copy is the domain's
 * {@link DerivedTables#generate}; this class only merges its result into the live content.
 */
final class DerivedSectionSync {
    private DerivedSectionSync() {
    }

    static void sync(FormTemplate template, FormDocument document, SectionTemplate target, TableContent content) {
        SectionTemplate source = template.section(target.derivedFrom().section()).orElse(null);
        if (source == null || !(document.section(source.key()) instanceof TableContent sourceRows)) {
            return;
        }
        TableContent fresh = DerivedTables.generate(target, source, sourceRows, content);
        Map<String, TableRow> existing = new HashMap<>();
        content.rows().forEach(r -> existing.put(r.id(), r));
        List<TableRow> next = new ArrayList<>();
        for (TableRow generated : fresh.rows()) {
            TableRow old = existing.get(generated.id());
            if (old == null) {
                next.add(generated);
                continue;
            }
            for (String column : target.derivedFrom().copy().keySet()) {
                if (!old.cell(column).equals(generated.cell(column))) {
                    old.setCell(column, generated.cell(column));
                }
            }
            next.add(old);
        }
        if (!sameRows(next, content.rows())) {
            content.rows().clear();
            content.rows().addAll(next);
        }
    }

    private static boolean sameRows(List<TableRow> a, List<TableRow> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }
}
