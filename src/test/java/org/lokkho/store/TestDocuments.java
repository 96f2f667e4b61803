package org.lokkho.store;

import org.lokkho.domain.calendar.FiscalYear;
import org.lokkho.domain.calendar.Period;
import org.lokkho.domain.cell.CellParser;
import org.lokkho.domain.document.DocumentFactory;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.Office;
import org.lokkho.domain.document.RowNumbering;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.SectionTemplate;
import org.lokkho.io.TemplateCatalog;

/** Offices and documents for store, service and CLI tests, made from the bundled NIS 2021-22 template. */
public final class TestDocuments {
    public static final TemplateCatalog CATALOG = TemplateCatalog.bundled();
    public static final String NIS = "nis-2021-22";

    private TestDocuments() {
    }

    public static Office office(String nameBn) {
        return new Office(0, nameBn, "Upazila Office", "জনপ্রশাসন মন্ত্রণালয়", "জেলা প্রশাসকের কার্যালয়", "ঢাকা",
                "০১৭১১০০০০০০", "uno@example.gov.bd", "", "মোঃ করিম", "উপজেলা নির্বাহী অফিসার");
    }

    public static FormTemplate nis() {
        return CATALOG.latest(NIS).orElseThrow();
    }

    public static FormDocument newNis(long officeId) {
        return DocumentFactory.create(nis(), officeId, FiscalYear.parse("২০২১-২২"), Period.Q2);
    }

    /** Types a cell as the officer would: through the parser, raw text kept. */
    public static void type(FormDocument doc, TableRow row, String column, String raw) {
        SectionTemplate plan = nis().section("plan").orElseThrow();
        row.setCell(column, CellParser.parse(raw, plan.column(column).orElseThrow().type()).value());
    }

    public static void typeAchieved(FormDocument doc, TableRow row, String column, String raw) {
        SectionTemplate plan = nis().section("plan").orElseThrow();
        row.setAchieved(column, CellParser.parse(raw, plan.column(column).orElseThrow().type()).value());
    }

    /** Adds an item row with Bengali and ASCII digits, a percentage, a date, a unit word and a not-applicable cell. */
    public static TableRow addFilledRow(FormDocument doc, String activity) {
        TableRow row = TableRow.item();
        doc.table("plan").rows().add(row);
        type(doc, row, "activity", activity);
        type(doc, row, "indicator", "সভা অনুষ্ঠিত  ");
        type(doc, row, "weight", "৪");
        type(doc, row, "unit", "সংখ্যা");
        type(doc, row, "annualTarget", "4");
        type(doc, row, "q1", "১");
        typeAchieved(doc, row, "q1", "১০০%");
        type(doc, row, "q2", "৩০/০৬/২২");
        typeAchieved(doc, row, "q2", "প্রযোজ্য নয়");
        type(doc, row, "q3", "৪০জন");
        type(doc, row, "remarks", "ক্রমিক ০১ — ঠিক যেমন লেখা");
        RowNumbering.renumber(doc.table("plan").rows(), nis().section("plan").orElseThrow().numbering());
        return row;
    }
}
