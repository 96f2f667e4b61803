package org.lokkho.domain.apa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lokkho.domain.calendar.FiscalYear;
import org.lokkho.domain.calendar.Period;
import org.lokkho.domain.cell.CellValue;
import org.lokkho.domain.document.DerivedTables;
import org.lokkho.domain.document.DocumentFactory;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.TableContent;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.SectionTemplate;
import org.lokkho.io.TemplateCatalog;

/** Annex 2 and 3 are generated from Section 3 by row id, so codes never drift (forms-spec §10.10). */
class ApaDerivedAnnexTest {
    private static final FormTemplate APA = TemplateCatalog.bundled().latest("apa-2023-24-field").orElseThrow();
    private static final SectionTemplate S3 = APA.section("section3").orElseThrow();
    private static final SectionTemplate ANNEX3 = APA.section("annex3").orElseThrow();

    private final FormDocument doc = DocumentFactory.create(APA, 3, FiscalYear.parse("২০২৩-২৪"), Period.ANNUAL);
    private final List<TableRow> s3 = doc.table("section3").rows();

    private TableRow indicator(int at, String activity, String indicator) {
        TableRow r = TableRow.item();
        r.setCell("activity", CellValue.text(activity));
        r.setCell("indicator", CellValue.text(indicator));
        s3.add(at, r);
        return r;
    }

    private static List<String> column(TableContent t, String key) {
        return t.rows().stream().map(r -> r.cell(key).raw()).toList();
    }

    @Test
    void annexTwoListsEveryOwnIndicatorWithSectionThreesCodes() {
        s3.add(0, TableRow.group("রাজস্ব আহরণ জোরদারকরণ"));
        TableRow duty = indicator(1, "রাজস্ব লক্ষ্যমাত্রা অর্জন", "আদায়কৃত কাস্টমস ডিউটি");
        indicator(2, "", "আদায়কৃত ভ্যাট");
        s3.add(3, TableRow.group("শুল্ক-করাদি সহজীকরণে সহায়তা"));
        TableRow service = indicator(4, "সেবা সহজীকরণ", "Simplified electronic bill of entry");

        TableContent annex2 = DerivedTables.refreshed(APA, doc).table("annex2");
        assertThat(column(annex2, "activity")).containsExactly("[১.১] রাজস্ব লক্ষ্যমাত্রা অর্জন", "[১.১] রাজস্ব লক্ষ্যমাত্রা অর্জন",
                "[২.১] সেবা সহজীকরণ");
        assertThat(column(annex2, "indicator")).containsExactly("[১.১.১] আদায়কৃত কাস্টমস ডিউটি", "[১.১.২] আদায়কৃত ভ্যাট",
                "[২.১.১] Simplified electronic bill of entry");
        assertThat(annex2.rows()).extracting(TableRow::code).containsExactly("১", "২", "৩");
        assertThat(annex2.rows().get(0).id()).isEqualTo(duty.id());

        // The officer types the implementing unit and evidence in the annex.
        doc.putSection("annex2", annex2);
        annex2.rows().get(2).setCell("evidence", CellValue.text("প্রতিবেদন/বিবরণী"));

        // The service area moves to the top: its indicator is renumbered, and the evidence follows it.
        TableRow serviceGroup = s3.remove(3);
        s3.remove(service);
        s3.add(0, serviceGroup);
        s3.add(1, service);
        TableContent again = DerivedTables.refreshed(APA, doc).table("annex2");
        assertThat(again.rows().get(0).id()).isEqualTo(service.id());
        assertThat(again.rows().get(0).cell("indicator").raw()).isEqualTo("[১.১.১] Simplified electronic bill of entry");
        assertThat(again.rows().get(0).cell("evidence").raw()).isEqualTo("প্রতিবেদন/বিবরণী");
        assertThat(again.rows().get(1).cell("indicator").raw()).isEqualTo("[২.১.১] আদায়কৃত কাস্টমস ডিউটি");
        assertThat(again.rows()).noneMatch(r -> r.cell("indicator").raw().contains("শুদ্ধাচার"));
    }

    @Test
    void annexThreeHoldsOnlyTheIndicatorsTheOfficerChoseAndDropsDeletedOnes() {
        s3.add(0, TableRow.group("শুল্ক-করাদি সহজীকরণে সহায়তা"));
        TableRow training = indicator(1, "কর্মকর্তা-কর্মচারীদের প্রশিক্ষণ প্রদান", "প্রশিক্ষণ প্রদান: কাস্টমস");
        indicator(2, "প্রশিক্ষণ ও লার্নিং সেশন", "লার্নিং সেশন");
        assertThat(DerivedTables.refreshed(APA, doc).table("annex3").rows()).isEmpty();

        TableContent annex3 = DerivedTables.choose(ANNEX3, S3, doc.table("section3"), doc.table("annex3"), training.id());
        assertThat(column(annex3, "indicator")).containsExactly("প্রশিক্ষণ প্রদান: কাস্টমস");
        annex3.rows().get(0).setCell("offices", CellValue.text("মাঠ পর্যায়ের দপ্তরসমূহ"));
        doc.putSection("annex3", annex3);
        assertThat(DerivedTables.choose(ANNEX3, S3, doc.table("section3"), annex3, training.id()).rows()).hasSize(1);

        training.setCell("indicator", CellValue.text("প্রশিক্ষণ প্রদান (দেশে-বিদেশে)"));
        TableContent reworded = DerivedTables.refreshed(APA, doc).table("annex3");
        assertThat(column(reworded, "indicator")).containsExactly("প্রশিক্ষণ প্রদান (দেশে-বিদেশে)");
        assertThat(column(reworded, "offices")).containsExactly("মাঠ পর্যায়ের দপ্তরসমূহ");

        s3.remove(training);
        assertThat(DerivedTables.refreshed(APA, doc).table("annex3").rows()).isEmpty();
    }

    @Test
    void callersThatOnlyKnowTheNumberingStyleGetTheSameThreeLevelCodes() {
        s3.add(0, TableRow.group("রাজস্ব আহরণ জোরদারকরণ"));
        indicator(1, "রাজস্ব লক্ষ্যমাত্রা অর্জন", "আদায়কৃত কাস্টমস ডিউটি");
        indicator(2, "", "আদায়কৃত ভ্যাট");
        indicator(3, "মাঠ অফিসসমূহ পরিদর্শন", "দাখিলকৃত প্রতিবেদন");
        org.lokkho.domain.document.RowNumbering.renumber(s3, S3.numbering());
        List<String> byStyle = s3.stream().map(TableRow::code).toList();
        org.lokkho.domain.document.RowNumbering.renumber(s3, S3);
        assertThat(s3).extracting(TableRow::code).containsExactlyElementsOf(byStyle)
                .startsWith("[১]", "[১.১.১]", "[১.১.২]", "[১.২.১]", "[২]", "[২.১.১]");
        assertThat(org.lokkho.domain.document.RowNumbering.activityCode("[১.১.২]")).isEqualTo("[১.১]");
    }
}
