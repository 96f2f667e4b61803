package org.lokkho.domain.apa;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lokkho.domain.calendar.FiscalYear;
import org.lokkho.domain.calendar.Period;
import org.lokkho.domain.document.DocumentFactory;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.Office;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.document.TextContent;
import org.lokkho.domain.template.ColumnTemplate;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.HeaderNode;
import org.lokkho.domain.template.Placeholders;
import org.lokkho.domain.template.SectionKind;
import org.lokkho.domain.template.SectionTemplate;
import org.lokkho.io.TemplateCatalog;

class ApaTemplateTest {
    private static final TemplateCatalog CATALOG = TemplateCatalog.bundled();
    private static final FormTemplate APA = CATALOG.latest("apa-2023-24-field").orElseThrow();
    private static final FiscalYear FY = FiscalYear.parse("২০২৩-২৪");
    private static final Office LCS = new Office(3, "কড়ইতলী স্থল শুল্ক স্টেশন, হালুয়াঘাট, ময়মনসিংহ", "Karaitoli Land Customs Station",
            "অভ্যন্তরীণ সম্পদ বিভাগ", "কাস্টমস, এক্সাইজ ও ভ্যাট কমিশনারেট, ঢাকা (উত্তর)", "হালুয়াঘাট, ময়মনসিংহ", "", "", "", "",
            "উপ কমিশনার");

    private static String fill(String text) {
        return Placeholders.fill(text, FY, Map.of());
    }

    @Test
    void theOlderTemplateStillLoadsWithTheNewFieldsDefaulted() {
        SectionTemplate plan = CATALOG.latest("nis-2021-22").orElseThrow().section("plan").orElseThrow();
        assertThat(plan.layout()).isNull();
        assertThat(plan.lines()).isEmpty();
        assertThat(plan.activityColumn()).isNull();
        assertThat(plan.isDerived()).isFalse();
        assertThat(plan.columns()).allMatch(c -> c.view().equals("all"));
        assertThat(plan.columnsFor(ColumnTemplate.VIEW_AGREEMENT)).hasSize(14);
    }

    @Test
    void everyPartOfTheAgreementIsASection() {
        assertThat(APA.sections()).extracting(SectionTemplate::key).containsExactly(
                "cover", "toc", "overview", "recentAchievements", "challenges", "futurePlan", "likelyAchievements", "preamble",
                "section1", "vision", "mission", "areas", "functions", "section2", "section3", "commitment",
                "annex1", "annex2", "annex3", "annexes4to8", "annex4", "annex5", "annex6", "annex7", "annex8");
        SectionTemplate toc = APA.section("toc").orElseThrow();
        assertThat(toc.hasLayout("toc")).isTrue();
        assertThat(toc.contents()).allSatisfy(key -> assertThat(APA.section(key)).as(key).isPresent());
        assertThat(APA.section("likelyAchievements").orElseThrow().kind()).isEqualTo(SectionKind.LIST);
        assertThat(APA.section("commitment").orElseThrow().signatures()).extracting(s -> s.role()).containsExactly("office", "superior");
        assertThat(APA.section("annex2").orElseThrow().derivedFrom().section()).isEqualTo("section3");
        assertThat(APA.section("annex3").orElseThrow().derivedFrom().select()).isEqualTo("chosen");
    }

    @Test
    void sectionThreeHasTheSixteenAgreementColumnsUnderAThreeRowHeader() {
        SectionTemplate s3 = APA.section("section3").orElseThrow();
        assertThat(s3.columnsFor(ColumnTemplate.VIEW_AGREEMENT)).extracting(ColumnTemplate::key).containsExactly(
                "area", "areaWeight", "activity", "indicator", "method", "unit", "weight", "actualFy2", "actualFy1",
                "t100", "t90", "t80", "t70", "t60", "projection1", "projection2");
        assertThat(s3.columnsFor(ColumnTemplate.VIEW_MONITORING)).extracting(ColumnTemplate::key)
                .contains("q1", "q2", "q3", "q4", "achieved", "score", "direction", "link");
        assertThat(s3.column("method").orElseThrow().choices()).extracting(c -> c.bn())
                .containsExactly("সমষ্টি", "গড়", "ক্রমপুঞ্জিভূত", "তারিখ");

        List<HeaderNode> agreement = s3.headerFor(ColumnTemplate.VIEW_AGREEMENT);
        assertThat(agreement.stream().mapToInt(HeaderNode::leafCount).sum()).isEqualTo(16);
        assertThat(agreement.stream().mapToInt(HeaderNode::depth).max().orElse(0)).isEqualTo(3);
        HeaderNode levels = agreement.stream().filter(h -> !h.isLeaf() && h.leafCount() == 5).findFirst().orElseThrow();
        assertThat(fill(levels.label().bn())).isEqualTo("লক্ষ্যমাত্রা/নির্ণায়ক ২০২৩-২৪");
        assertThat(levels.children()).extracting(h -> h.label().bn())
                .containsExactly("অসাধারণ", "অতি উত্তম", "উত্তম", "চলতি মান", "চলতি মানের নিম্নে");
        assertThat(levels.children()).extracting(h -> h.children().get(0).label().bn())
                .containsExactly("১০০%", "৯০%", "৮০%", "৭০%", "৬০%");
        assertThat(s3.headerFor(ColumnTemplate.VIEW_MONITORING).stream().mapToInt(HeaderNode::leafCount).sum())
                .isEqualTo(s3.columns().size());
    }

    @Test
    void sectionTwoHeadersSpanFiveYearsFromTheDocumentsYear() {
        SectionTemplate s2 = APA.section("section2").orElseThrow();
        assertThat(s2.columns()).hasSize(10);
        assertThat(s2.columns().subList(3, 8)).extracting(c -> fill(c.header().bn())).containsExactly(
                "প্রকৃত অর্জন ২০২১-২২", "প্রকৃত অর্জন* ২০২২-২৩", "লক্ষ্যমাত্রা ২০২৩-২৪", "প্রক্ষেপণ ২০২৪-২৫", "প্রক্ষেপণ ২০২৫-২৬");
    }

    @Test
    void aNewAgreementStartsWithTheGovernanceBlockNumbered() {
        FormDocument doc = DocumentFactory.create(APA, 3, FY, Period.ANNUAL);
        List<TableRow> rows = doc.table("section3").rows();
        assertThat(rows).hasSize(6);
        assertThat(rows.get(0).isGroup()).isTrue();
        assertThat(rows.get(0).cell("areaWeight").number()).isEqualByComparingTo("30");
        assertThat(rows.subList(1, 6)).extracting(TableRow::code)
                .containsExactly("[১.১.১]", "[১.২.১]", "[১.৩.১]", "[১.৪.১]", "[১.৫.১]");
        assertThat(rows.subList(1, 6)).extracting(r -> r.cell("weight").number())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal(10), new BigDecimal(10), new BigDecimal(4), new BigDecimal(3), new BigDecimal(3));
        assertThat(rows.subList(1, 6)).allSatisfy(r -> assertThat(r.isLocked("t100") && r.isLocked("weight")).isTrue());
        assertThat(rows.get(1).cell("link").raw()).isEqualTo("link:nis");
        assertThat(doc.table("cover").rows()).hasSize(2);
    }

    @Test
    void coverAndPreambleSlotsComeFromTheOfficeAndMayStayBlank() {
        FormDocument doc = DocumentFactory.create(APA, 3, FY, Period.ANNUAL);
        Map<String, String> values = ApaText.placeholders(APA, doc, LCS);
        List<String> cover = APA.section("cover").orElseThrow().lines().stream()
                .map(l -> Placeholders.fill(l.bn(), FY, values)).toList();
        assertThat(cover).containsExactly("গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", "উপ কমিশনার", "কড়ইতলী স্থল শুল্ক স্টেশন, হালুয়াঘাট, ময়মনসিংহ",
                "এবং", "", "কাস্টমস, এক্সাইজ ও ভ্যাট কমিশনারেট, ঢাকা (উত্তর)", "এর মধ্যে স্বাক্ষরিত", "বার্ষিক কর্মসম্পাদন চুক্তি",
                "১ জুলাই, ২০২৩ - ৩০ জুন, ২০২৪");
        String signed = APA.section("preamble").orElseThrow().lines().get(4).bn();
        assertThat(Placeholders.fill(signed, FY, values)).isEqualTo("এর মধ্যে ২০২৩ সালের  মাসের  তারিখে এই বার্ষিক কর্মসম্পাদন চুক্তি স্বাক্ষরিত হল।");

        TableRow superior = doc.table("cover").items().get(1);
        superior.setCell("designation", org.lokkho.domain.cell.CellValue.text("কমিশনার"));
        ((TextContent) doc.section("preamble")).setText("২০/০৬/২০২৩");
        Map<String, String> signedValues = ApaText.placeholders(APA, doc, LCS);
        assertThat(Placeholders.fill(signed, FY, signedValues)).startsWith("এর মধ্যে ২০২৩ সালের জুন মাসের ২০ তারিখে");
        assertThat(signedValues.get("superiorParty")).isEqualTo("কমিশনার, কাস্টমস, এক্সাইজ ও ভ্যাট কমিশনারেট, ঢাকা (উত্তর)");
        assertThat(Placeholders.fill(APA.section("commitment").orElseThrow().lines().get(0).bn(), FY, signedValues))
                .isEqualTo("আমি, উপ কমিশনার, কড়ইতলী স্থল শুল্ক স্টেশন, হালুয়াঘাট, ময়মনসিংহ হিসেবে কমিশনার, কাস্টমস, এক্সাইজ ও ভ্যাট "
                        + "কমিশনারেট, ঢাকা (উত্তর)-এর নিকট অঙ্গীকার করছি যে এই চুক্তিতে বর্ণিত লক্ষ্যমাত্রা অর্জনে সচেষ্ট থাকব।");
    }
}
