package org.lokkho.domain.scoring;

import java.util.List;
import org.lokkho.domain.calendar.FiscalYear;
import org.lokkho.domain.calendar.Period;
import org.lokkho.domain.cell.CellParser;
import org.lokkho.domain.document.DocumentFactory;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.RowNumbering;
import org.lokkho.domain.document.TableContent;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.SectionTemplate;
import org.lokkho.io.TemplateCatalog;

/** Builds NIS 2021-22 documents row by row, typing cells as an officer would (through the CellParser). */
final class NisTable {
    static final FormTemplate TEMPLATE = TemplateCatalog.bundled().latest("nis-2021-22").orElseThrow();
    static final SectionTemplate PLAN = TEMPLATE.section("plan").orElseThrow();

    final FormDocument doc;
    final TableContent table;

    NisTable(Period period) {
        doc = DocumentFactory.create(TEMPLATE, 1, FiscalYear.parse("২০২১-২২"), period);
        table = doc.table("plan");
        table.rows().clear();
    }

    static NisTable annual() {
        return new NisTable(Period.ANNUAL);
    }

    TableRow group(String title) {
        TableRow g = TableRow.group(title);
        table.rows().add(g);
        RowNumbering.renumber(table.rows(), PLAN.numbering());
        return g;
    }

    /** An item: weight, unit, annual target, and the four quarters' achievements (null = left blank). */
    TableRow item(String activity, String weight, String unit, String target, String... quarters) {
        TableRow r = TableRow.item();
        set(r, "activity", activity);
        set(r, "indicator", activity);
        set(r, "weight", weight);
        set(r, "unit", unit);
        set(r, "annualTarget", target);
        List<String> qs = List.of("q1", "q2", "q3", "q4");
        for (int i = 0; i < quarters.length; i++) {
            if (quarters[i] != null) {
                r.setAchieved(qs.get(i), CellParser.parse(quarters[i], PLAN.column(qs.get(i)).orElseThrow().type()).value());
            }
        }
        table.rows().add(r);
        RowNumbering.renumber(table.rows(), PLAN.numbering());
        return r;
    }

    static void set(TableRow r, String column, String raw) {
        if (raw != null) {
            r.setCell(column, CellParser.parse(raw, PLAN.column(column).orElseThrow().type()).value());
        }
    }

    ScoreReport score() {
        return Scoring.score(TEMPLATE, doc);
    }
}
