package org.lokkho.domain.apa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lokkho.domain.calendar.FiscalYear;
import org.lokkho.domain.calendar.Period;
import org.lokkho.domain.cell.CellKind;
import org.lokkho.domain.cell.CellParser;
import org.lokkho.domain.document.DocumentFactory;
import org.lokkho.domain.document.DocumentStatus;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.SignatureBlock;
import org.lokkho.domain.document.SignatureContent;
import org.lokkho.domain.document.TableContent;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.document.TextContent;
import org.lokkho.domain.scoring.ScoreReport;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.Placeholders;
import org.lokkho.domain.template.SectionTemplate;
import org.lokkho.io.TemplateCatalog;

class ApaCarryForwardTest {
    private static final FormTemplate TEMPLATE = TemplateCatalog.bundled().latest("apa-2023-24-field").orElseThrow();
    private static final SectionTemplate S2 = TEMPLATE.section("section2").orElseThrow();
    private static final SectionTemplate S3 = TEMPLATE.section("section3").orElseThrow();

    private final FormDocument doc = DocumentFactory.create(TEMPLATE, 3, FiscalYear.parse("২০২৩-২৪"), Period.Q2);

    private static void set(SectionTemplate s, TableRow r, String column, String raw) {
        r.setCell(column, CellParser.parse(raw, s.column(column).orElseThrow().type()).value());
    }

    private TableRow revenueRow() {
        TableContent t = doc.table("section3");
        TableRow g = TableRow.group("রাজস্ব আহরণ জোরদারকরণ");
        set(S3, g, "areaWeight", "৭০");
        TableRow r = TableRow.item();
        Map.of("activity", "রাজস্ব লক্ষ্যমাত্রা অর্জন", "indicator", "আদায়কৃত কাস্টমস ডিউটি", "method", "সমষ্টি", "unit", "কোটি টাকা",
                "weight", "৭০", "actualFy2", "১১.৯০", "actualFy1", "৪.৮৯", "projection1", "৭.০০", "projection2", "৮.০০")
                .forEach((k, v) -> set(S3, r, k, v));
        String[] levels = {"৬", "৫.৫", "৫", "৪.৫", "৪"};
        String[] keys = {"t100", "t90", "t80", "t70", "t60"};
        for (int i = 0; i < 5; i++) {
            set(S3, r, keys[i], levels[i]);
        }
        String[] quarters = {"১.২", "১.৩", "১.৫", "১.০"};
        for (int i = 0; i < 4; i++) {
            set(S3, r, "q" + (i + 1), quarters[i]);
        }
        set(S3, r, "remarks", "জুন পর্যন্ত");
        t.rows().add(0, g);
        t.rows().add(1, r);
        return r;
    }

    @Test
    void achievementsBecomeActualsProjectionsShiftAndTargetsAreLeftForTheOfficer() {
        TableRow row = revenueRow();
        doc.setTitle("বার্ষিক কর্মসম্পাদন চুক্তি ২০২৩-২৪");
        FormDocument next = ApaCarryForward.nextYear(TEMPLATE, doc);

        assertThat(next.fiscalYear()).isEqualTo(FiscalYear.parse("২০২৪-২৫"));
        assertThat(next.period()).isEqualTo(Period.ANNUAL);
        assertThat(next.status()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(next.title()).isEqualTo("বার্ষিক কর্মসম্পাদন চুক্তি ২০২৪-২৫");
        TableRow carried = next.table("section3").rows().stream().filter(r -> r.id().equals(row.id())).findFirst().orElseThrow();
        assertThat(carried.cell("actualFy2").raw()).isEqualTo("৪.৮৯");
        // The Q2 document's whole year counts: 1.2 + 1.3 + 1.5 + 1.0.
        assertThat(carried.cell("actualFy1").number()).isEqualByComparingTo("5");
        assertThat(carried.cell("actualFy1").kind()).isEqualTo(CellKind.NUMBER);
        assertThat(carried.cell("projection1").raw()).isEqualTo("৮.০০");
        assertThat(carried.cell("projection2").isBlank()).isTrue();
        assertThat(List.of("t100", "t90", "t80", "t70", "t60", "q1", "q2", "q3", "q4", "remarks"))
                .allSatisfy(c -> assertThat(carried.cell(c).isBlank()).as(c).isTrue());
        assertThat(carried.cell("indicator").raw()).isEqualTo("আদায়কৃত কাস্টমস ডিউটি");
        assertThat(carried.cell("weight").raw()).isEqualTo("৭০");

        // The original is untouched.
        assertThat(row.cell("actualFy1").raw()).isEqualTo("৪.৮৯");
        assertThat(doc.fiscalYear()).isEqualTo(FiscalYear.parse("২০২৩-২৪"));
    }

    @Test
    void headersFollowTheNewYear() {
        FormDocument next = ApaCarryForward.nextYear(TEMPLATE, doc);
        String header = S3.column("actualFy1").orElseThrow().header().bn();
        assertThat(Placeholders.fill(header, next.fiscalYear(), Map.of())).isEqualTo("প্রকৃত অর্জন* ২০২৩-২৪");
        assertThat(Placeholders.fill(TEMPLATE.section("cover").orElseThrow().lines().get(8).bn(), next.fiscalYear(), Map.of()))
                .isEqualTo("১ জুলাই, ২০২৪ - ৩০ জুন, ২০২৫");
    }

    @Test
    void governanceRowsKeepTheirFixedTargetsAndLinksForgetLastYearsDocument() {
        TableRow nis = doc.table("section3").rows().stream().filter(r -> r.isFixed() && !r.isGroup()).findFirst().orElseThrow();
        set(S3, nis, "link", "link:nis:42");
        set(S3, nis, "q4", "৮১.৬৭");
        ScoreReport nisReport = new ScoreReport("nis-proportional", List.of(), List.of(), new java.math.BigDecimal("45"),
                new java.math.BigDecimal("50"));
        FormDocument next = ApaCarryForward.nextYear(TEMPLATE, doc, link -> Optional.of(nisReport));

        TableRow carried = next.table("section3").rows().stream().filter(r -> r.id().equals(nis.id())).findFirst().orElseThrow();
        assertThat(carried.cell("t100").raw()).isEqualTo("১০০");
        assertThat(carried.cell("t60").raw()).isEqualTo("৬০");
        assertThat(carried.cell("link").raw()).isEqualTo("link:nis");
        assertThat(carried.cell("q4").isBlank()).isTrue();
        assertThat(carried.cell("actualFy1").raw()).isEqualTo("৯০%");
    }

    @Test
    void sectionTwoShiftsTooAndSigningDatesAreCleared() {
        TableRow outcome = TableRow.item();
        set(S2, outcome, "outcome", "রাজস্ব লক্ষ্যমাত্রা অর্জন");
        set(S2, outcome, "actualFy2", "১১.৯০");
        set(S2, outcome, "actualFy1", "৪.৮৯");
        set(S2, outcome, "target", "৬");
        set(S2, outcome, "projection1", "৭");
        set(S2, outcome, "projection2", "৮");
        doc.table("section2").rows().add(outcome);
        ((TextContent) doc.section("preamble")).setText("২০/০৬/২০২৩");
        ((SignatureContent) doc.section("commitment")).blocks().set(0, new SignatureBlock("office", "মোঃ ফয়সাল বিন রহমান",
                "উপ কমিশনার", "কড়ইতলী স্থল শুল্ক স্টেশন", "২০/০৬/২০২৩", "", ""));

        FormDocument next = ApaCarryForward.nextYear(TEMPLATE, doc);
        TableRow carried = next.table("section2").rows().get(0);
        assertThat(carried.cell("actualFy2").raw()).isEqualTo("৪.৮৯");
        assertThat(carried.cell("actualFy1").isBlank()).isTrue();
        assertThat(carried.cell("target").isBlank()).isTrue();
        assertThat(carried.cell("projection1").raw()).isEqualTo("৮");
        assertThat(((TextContent) next.section("preamble")).text()).isEmpty();
        SignatureBlock signer = ((SignatureContent) next.section("commitment")).blocks().get(0);
        assertThat(signer.name()).isEqualTo("মোঃ ফয়সাল বিন রহমান");
        assertThat(signer.date()).isEmpty();
    }
}
