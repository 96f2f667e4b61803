package org.lokkho.pdf.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lokkho.domain.calendar.FiscalYear;
import org.lokkho.domain.calendar.Period;
import org.lokkho.domain.cell.CellParser;
import org.lokkho.domain.document.DocumentFactory;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.Office;
import org.lokkho.domain.document.RowKind;
import org.lokkho.domain.document.RowNumbering;
import org.lokkho.domain.document.SignatureBlock;
import org.lokkho.domain.document.SignatureContent;
import org.lokkho.domain.document.TableContent;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.SectionTemplate;
import org.lokkho.domain.text.BengaliDigits;
import org.lokkho.io.TemplateCatalog;

/**
 * The benchmark's report: the bundled NIS 2021-22 template (14 columns, two-level header, every activity a
 * লক্ষ্যমাত্রা/অর্জন row pair) filled with {@code items} activities of varied Bengali and Latin text in groups of eight,
 * so that the same document can be exported in-process and stored for a cold {@code export-pdf}.
 */
public final class BenchDocument {
    public static final String TEMPLATE = "/templates/nis-2021-22.json";

    private static final String[] ACTIVITIES = {
        "নৈতিকতা কমিটির সভা আয়োজন", "সুশাসন প্রতিষ্ঠার নিমিত্ত অংশীজনের অংশগ্রহণে সভা", "PSC ও PIC সভা আয়োজন",
        "কর্ম-পরিকল্পনা ও ত্রৈমাসিক পরিবীক্ষণ প্রতিবেদন দাখিল ও ওয়েবসাইটে আপলোড", "শুদ্ধাচার সংক্রান্ত প্রশিক্ষণ আয়োজন",
        "বার্ষিক উন্নয়ন কর্মসূচি বাস্তবায়ন", "ASYCUDA World সিস্টেমে কর্মসম্পাদন সূচক হালনাগাদ"
    };
    private static final String[] RESPONSIBLE = {
        "ফোকাল পয়েন্ট কর্মকর্তা", "উপ কমিশনার (e-mail: dc.karaitoli@customs.gov.bd)", "প্রশাসনিক কর্মকর্তা ০১৭১১-২২৩৩৪৪"
    };

    private BenchDocument() {
    }

    public static FormTemplate template() {
        return TemplateCatalog.read(TEMPLATE);
    }

    public static Office office() {
        return new Office(0, "উপ কমিশনারের দপ্তর, কড়ইতলী স্থল শুল্ক স্টেশন", "Karaitali Land Customs Station",
                "অভ্যন্তরীণ সম্পদ বিভাগ", "কাস্টমস, এক্সাইজ ও ভ্যাট কমিশনারেট, ঢাকা (উত্তর)", "হালুয়াঘাট, ময়মনসিংহ",
                "+8801674300290", "dc.karaitoli@customs.gov.bd", "www.customs.gov.bd", "মোঃ আব্দুল করিম", "উপ কমিশনার");
    }

    public static FormDocument document(FormTemplate t, long officeId, int items) {
        FormDocument doc = DocumentFactory.create(t, officeId, FiscalYear.parse("2021-22"), Period.Q4);
        SectionTemplate plan = t.section("plan").orElseThrow();
        List<TableRow> rows = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            if (i % 8 == 0) {
                rows.add(TableRow.group("প্রাতিষ্ঠানিক ব্যবস্থা " + BengaliDigits.format(i / 8 + 1L)));
            }
            rows.add(activityRow(plan, i, ACTIVITIES[i % ACTIVITIES.length] + " " + BengaliDigits.format(i + 1L),
                    i % 2 == 0 ? "সভা আয়োজিত" : "প্রতিবেদন দাখিলকৃত", RESPONSIBLE[i % RESPONSIBLE.length],
                    i % 5 == 0 ? "প্রযোজ্য নয়" : ""));
        }
        RowNumbering.renumber(rows, plan.numbering());
        doc.putSection("plan", new TableContent(rows));
        doc.putSection("signatures", new SignatureContent(List.of(
                new SignatureBlock("focal", "মোঃ রফিকুল ইসলাম", "সহকারী কমিশনার", "কড়ইতলী স্থল শুল্ক স্টেশন", "০৭/০৭/২০২২", "", ""),
                new SignatureBlock("head", "মোঃ আব্দুল করিম", "উপ কমিশনার", "কড়ইতলী স্থল শুল্ক স্টেশন", "", "+8801674300290", ""))));
        return doc;
    }

    /**
     * Activity {@code i} of an NIS 2021-22 plan with these texts: weight ৪, every third a percentage (১০০% targets,
     * ৯০% achieved), the others a count of one a quarter. Shared with the PDF tests' fixtures.
     */
    public static TableRow activityRow(SectionTemplate plan, int i, String activity, String indicator, String responsible,
                                       String remarks) {
        TableRow r = new TableRow(null, RowKind.ITEM, "", "", Map.of(), Map.of(), false, List.of());
        put(plan, r, "activity", activity);
        put(plan, r, "indicator", indicator);
        put(plan, r, "weight", "৪");
        put(plan, r, "unit", i % 3 == 0 ? "%" : "সংখ্যা");
        put(plan, r, "responsible", responsible);
        put(plan, r, "annualTarget", i % 3 == 0 ? "১০০%" : "০৪");
        put(plan, r, "remarks", remarks);
        for (String q : new String[] {"q1", "q2", "q3", "q4"}) {
            put(plan, r, q, i % 3 == 0 ? "১০০%" : "১");
            r.setAchieved(q, CellParser.parse(i % 3 == 0 ? "৯০%" : "১", plan.column(q).orElseThrow().type()).value());
        }
        return r;
    }

    private static void put(SectionTemplate plan, TableRow row, String key, String raw) {
        row.setCell(key, CellParser.parse(raw, plan.column(key).orElseThrow().type()).value());
    }
}
