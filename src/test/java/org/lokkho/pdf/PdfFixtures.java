package org.lokkho.pdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.lokkho.domain.calendar.FiscalYear;
import org.lokkho.domain.calendar.Period;
import org.lokkho.domain.cell.CellValue;
import org.lokkho.domain.document.DocumentFactory;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.Office;
import org.lokkho.domain.document.RowNumbering;
import org.lokkho.domain.document.SignatureBlock;
import org.lokkho.domain.document.SignatureContent;
import org.lokkho.domain.document.TableContent;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.scoring.GroupScore;
import org.lokkho.domain.scoring.RowScore;
import org.lokkho.domain.scoring.ScoreReport;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.SectionTemplate;
import org.lokkho.io.TemplateCatalog;

/** Test documents on the bundled NIS 2021-22 template. */
public final class PdfFixtures {
    public static final String[] ACTIVITIES = {
        "নৈতিকতা কমিটির সভা আয়োজন", "PSC ও PIC সভা আয়োজন", "ASYCUDA World সিস্টেমে কর্মসম্পাদন সূচক হালনাগাদ",
        "সুশাসন প্রতিষ্ঠার নিমিত্ত অংশীজনের অংশগ্রহণে সভা", "শুদ্ধাচার সংক্রান্ত প্রশিক্ষণ আয়োজন",
        "কর্ম-পরিকল্পনা ও ত্রৈমাসিক পরিবীক্ষণ প্রতিবেদন দাখিল ও ওয়েবসাইটে আপলোড", "বার্ষিক উন্নয়ন কর্মসূচি বাস্তবায়ন",
        "প্রকল্প সমাপ্তি শেষে সম্পদ হস্তান্তর", "দৃষ্টিভঙ্গি উদ্ভাবন: মধ্যে উদ্যোগ র‍্যাব ক্ষেত্রে"
    };
    public static final String[] RESPONSIBLE = {
        "উপ কমিশনার (e-mail: dc.karaitoli@customs.gov.bd)", "সহকারী রাজস্ব কর্মকর্তা, ফোন +8801674300290",
        "ফোকাল পয়েন্ট কর্মকর্তা", "প্রশাসনিক কর্মকর্তা ০১৭১১-২২৩৩৪৪"
    };

    private PdfFixtures() {
    }

    public static FormTemplate nis() {
        return TemplateCatalog.read("/templates/nis-2021-22.json");
    }

    public static Office office() {
        return new Office(1, "উপ কমিশনারের দপ্তর, কড়ইতলী স্থল শুল্ক স্টেশন", "Karaitali Land Customs Station",
                "অভ্যন্তরীণ সম্পদ বিভাগ", "কাস্টমস, এক্সাইজ ও ভ্যাট কমিশনারেট, ঢাকা (উত্তর)", "হালুয়াঘাট, ময়মনসিংহ",
                "+8801674300290", "dc.karaitoli@customs.gov.bd", "www.customs.gov.bd", "মোঃ আব্দুল করিম", "উপ কমিশনার");
    }

    /** An NIS report with {@code items} activity rows in groups of ten, varied Bengali/Latin text. */
    public static FormDocument nisDocument(FormTemplate t, int items) {
        FormDocument doc = DocumentFactory.create(t, 1, FiscalYear.parse("2021-22"), Period.Q4);
        SectionTemplate plan = t.section("plan").orElseThrow();
        List<TableRow> rows = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            if (i % 10 == 0) {
                rows.add(TableRow.group("গ্রুপ " + (i / 10 + 1) + " প্রাতিষ্ঠানিক ব্যবস্থা"));
            }
            rows.add(org.lokkho.pdf.bench.BenchDocument.activityRow(plan, i, activity(i), indicator(i),
                    RESPONSIBLE[i % RESPONSIBLE.length], i % 7 == 0 ? "প্রযোজ্য নয়: কোন গাড়ী ক্রয় করা হয়নি" : ""));
        }
        RowNumbering.renumber(rows, plan.numbering());
        doc.putSection("plan", new TableContent(rows));
        doc.putSection("signatures", new SignatureContent(List.of(
                new SignatureBlock("focal", "মোঃ রফিকুল ইসলাম", "সহকারী কমিশনার", "কড়ইতলী স্থল শুল্ক স্টেশন", "০৭/০৭/২০২২", "", "focal@customs.gov.bd"),
                new SignatureBlock("head", "মোঃ আব্দুল করিম", "উপ কমিশনার", "কড়ইতলী স্থল শুল্ক স্টেশন", "", "+8801674300290", ""))));
        return doc;
    }

    /** Activity text of item i, unique: "… (সারি ১২)". */
    public static String activity(int i) {
        return ACTIVITIES[i % ACTIVITIES.length] + " (সারি " + org.lokkho.domain.text.BengaliDigits.format(i + 1L) + ")";
    }

    public static String indicator(int i) {
        return "সভা আয়োজিত (R" + (i + 1) + ")";
    }

    /**
     * A score report as the scoring helper's Scoring.score would return it; built here from simple fixed marks
     * so these tests exercise the printing of derived columns and sums, not the scoring rules.
     */
    public static ScoreReport report(FormDocument doc) {
        List<RowScore> rows = new ArrayList<>();
        List<GroupScore> groups = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        TableRow group = null;
        BigDecimal groupSum = BigDecimal.ZERO;
        BigDecimal groupMax = BigDecimal.ZERO;
        for (TableRow r : doc.table("plan").rows()) {
            if (r.isGroup()) {
                if (group != null) {
                    groups.add(new GroupScore(group.id(), group.code(), group.title(), groupSum, groupMax));
                }
                group = r;
                groupSum = BigDecimal.ZERO;
                groupMax = BigDecimal.ZERO;
                continue;
            }
            BigDecimal obtained = new BigDecimal("3.50");
            rows.add(new RowScore(r.id(), r.code(), CellValue.text("৪"), obtained, BigDecimal.valueOf(4), false, ""));
            groupSum = groupSum.add(obtained);
            groupMax = groupMax.add(BigDecimal.valueOf(4));
            total = total.add(obtained);
        }
        if (group != null) {
            groups.add(new GroupScore(group.id(), group.code(), group.title(), groupSum, groupMax));
        }
        return new ScoreReport("nis-proportional", rows, groups, total, BigDecimal.valueOf(50));
    }
}
