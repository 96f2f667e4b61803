package org.lokkho.domain.scoring;

import java.util.List;
import org.lokkho.domain.calendar.FiscalYear;
import org.lokkho.domain.calendar.Period;
import org.lokkho.domain.cell.CellParser;
import org.lokkho.domain.document.DocumentFactory;
import org.lokkho.domain.document.DocumentSettings;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.RowNumbering;
import org.lokkho.domain.document.TableContent;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.SectionTemplate;
import org.lokkho.io.TemplateCatalog;

/** Builds APA 2023-24 documents on the bundled template, typing cells as an officer would (through the CellParser). */
final class ApaTable {
    static final FormTemplate TEMPLATE = TemplateCatalog.bundled().latest("apa-2023-24-field").orElseThrow();
    static final SectionTemplate S3 = TEMPLATE.section("section3").orElseThrow();
    static final List<String> LEVELS = List.of("t100", "t90", "t80", "t70", "t60");
    static final List<String> QUARTERS = List.of("q1", "q2", "q3", "q4");

    final FormDocument doc;
    final TableContent table;

    ApaTable(Period period) {
        doc = DocumentFactory.create(TEMPLATE, 1, FiscalYear.parse("২০২৩-২৪"), period);
        table = doc.table("section3");
    }

    static ApaTable annual() {
        return new ApaTable(Period.ANNUAL);
    }

    /** Own areas go before the fixed governance block, as officers type them. */
    TableRow area(String title, String weight) {
        TableRow g = TableRow.group(title);
        set(g, "areaWeight", weight);
        table.rows().add(ownRowsEnd(), g);
        RowNumbering.renumber(table.rows(), S3);
        return g;
    }

    /** An indicator: method, unit, weight, the five level targets ("a | b | c | d | e"), and quarters (null = blank). */
    TableRow indicator(String activity, String indicator, String method, String unit, String weight, String levels, String... quarters) {
        TableRow r = TableRow.item();
        set(r, "activity", activity);
        set(r, "indicator", indicator);
        set(r, "method", method);
        set(r, "unit", unit);
        set(r, "weight", weight);
        String[] targets = levels.split("\\|");
        for (int i = 0; i < targets.length; i++) {
            set(r, LEVELS.get(i), targets[i].strip());
        }
        quarters(r, quarters);
        table.rows().add(ownRowsEnd(), r);
        RowNumbering.renumber(table.rows(), S3);
        return r;
    }

    static void quarters(TableRow r, String... quarters) {
        for (int i = 0; i < quarters.length; i++) {
            if (quarters[i] != null) {
                set(r, QUARTERS.get(i), quarters[i]);
            }
        }
    }

    /** The index just before the governance block (the first fixed group), where new own rows go. */
    private int ownRowsEnd() {
        for (int i = 0; i < table.rows().size(); i++) {
            if (table.rows().get(i).isGroup() && table.rows().get(i).isFixed()) {
                return i;
            }
        }
        return table.rows().size();
    }

    List<TableRow> governance() {
        return table.rows().stream().filter(r -> r.isFixed() && !r.isGroup()).toList();
    }

    static void set(TableRow r, String column, String raw) {
        if (raw != null) {
            r.setCell(column, CellParser.parse(raw, S3.column(column).orElseThrow().type()).value());
        }
    }

    ApaTable settings(DocumentSettings s) {
        doc.setSettings(s);
        return this;
    }

    ScoreReport score() {
        return Scoring.score(TEMPLATE, doc);
    }

    ScoreReport score(LinkedScores linked) {
        return Scoring.score(TEMPLATE, doc, linked);
    }
}
