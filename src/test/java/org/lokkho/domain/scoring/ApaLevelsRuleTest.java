package org.lokkho.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lokkho.domain.calendar.Period;
import org.lokkho.domain.cell.CellKind;
import org.lokkho.domain.document.DocumentLink;
import org.lokkho.domain.document.DocumentSettings;
import org.lokkho.domain.document.TableRow;

/** forms-spec §8.3 worked examples 1–5, scored through whole APA 2023-24 documents. */
class ApaLevelsRuleTest {
    private static final DocumentSettings STEP = new DocumentSettings(DocumentSettings.NotApplicablePolicy.FULL_MARKS,
            DocumentSettings.PercentAggregation.AVERAGE, true);

    private static BigDecimal obtained(ScoreReport report, TableRow row) {
        return report.row(row.id()).orElseThrow().obtained();
    }

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    @Test
    void example1InterpolatesBetweenNinetyAndHundredAndCapsOverAchievement() {
        ApaTable apa = ApaTable.annual();
        apa.area("সমাজকল্যাণ", "১০");
        TableRow beneficiaries = apa.indicator("ভাতা প্রদান", "সুবিধাভোগী", "সমষ্টি", "সংখ্যা (লক্ষ)", "৬.০০",
                "৩০.০০ | ২৯.৯৫ | ২৯.৯০ | ২৯.৮৫ | ২৯.৮০", "১০", "১০", "৯.৯৭", "-");
        TableRow second = apa.indicator("ভাতা প্রদান", "দ্বিতীয় সূচক", "সমষ্টি", "সংখ্যা (লক্ষ)", "৪.০০",
                "১১.১৩ | ১১.১২ | ১১.১১ | ১১.১০ | ১১.০৯", "১১.১৩");

        ScoreReport report = apa.score();
        assertThat(obtained(report, beneficiaries)).isEqualByComparingTo("5.64");
        assertThat(report.row(beneficiaries.id()).orElseThrow().achieved().number()).isEqualByComparingTo("29.97");
        assertThat(obtained(report, second)).isEqualByComparingTo("4.00");
        assertThat(obtained(apa.settings(STEP).score(), beneficiaries)).isEqualByComparingTo("5.40");
    }

    @Test
    void example2CountsWithTheSixtyPercentFloor() {
        assertThat(sessions("৩")).isEqualByComparingTo("1.60");
        assertThat(sessions("১.৫", "২")).isEqualByComparingTo("1.70");
        assertThat(sessions("০.৫")).isEqualByComparingTo("0.00");
    }

    private BigDecimal sessions(String... quarters) {
        ApaTable apa = ApaTable.annual();
        apa.area("প্রশিক্ষণ", "২");
        TableRow r = apa.indicator("লার্নিং সেশন আয়োজন", "লার্নিং সেশন", "সমষ্টি", "সংখ্যা", "২.০০", "৫ | ৪ | ৩ | ২ | ১", quarters);
        return obtained(apa.score(), r);
    }

    @Test
    void example3LowerIsBetterDetectedFromTheTargetsOrSetExplicitly() {
        ApaTable apa = ApaTable.annual();
        apa.area("সেবা", "৪");
        TableRow days = apa.indicator("অভিযোগ নিষ্পত্তি", "গড় নিষ্পত্তির সময়", "গড়", "দিন", "২", "১৫ | ২০ | ২৫ | ৩০ | ৩৫", "২০", "২৪");
        TableRow late = apa.indicator("অভিযোগ নিষ্পত্তি", "দেরি", "গড়", "দিন", "২", "১৫ | ২০ | ২৫ | ৩০ | ৩৫", "৪০");
        ScoreReport report = apa.score();
        assertThat(obtained(report, days)).isEqualByComparingTo("1.72");
        assertThat(obtained(report, late)).isEqualByComparingTo("0.00");

        // Only the 100 % target defined: nothing to detect a direction from, so the explicit setting decides.
        ApaTable single = ApaTable.annual();
        single.area("সেবা", "২");
        TableRow one = single.indicator("অভিযোগ নিষ্পত্তি", "সময়", "গড়", "দিন", "২", "১৫ | - | - | - | -", "১২");
        assertThat(obtained(single.score(), one)).as("higher-is-better by default: 12 < 15 is below the only level").isEqualByComparingTo("0.00");
        ApaTable.set(one, "direction", "কম হলে ভালো");
        assertThat(obtained(single.score(), one)).isEqualByComparingTo("2.00");
    }

    @Test
    void example4DatesEarlierIsBetterAndAnUndefinedSixtyLevel() {
        assertThat(rti("১৫-০১-২০২৪", false)).isEqualByComparingTo("2.55");
        assertThat(rti("১৫-০১-২০২৪", true)).isEqualByComparingTo("2.40");
        assertThat(rti("২০-১২-২০২৩", false)).isEqualByComparingTo("3.00");
        assertThat(rti("০৫-০২-২০২৪", false)).isEqualByComparingTo("0.00");
    }

    private BigDecimal rti(String done, boolean step) {
        ApaTable apa = ApaTable.annual();
        apa.area("তথ্য অধিকার", "৩");
        TableRow r = apa.indicator("তথ্য হালনাগাদ", "হালনাগাদকৃত তথ্য ওয়েবসাইটে প্রকাশিত", "তারিখ", "তারিখ", "৩",
                "৩১-১২-২০২৩ | ১০-০১-২০২৪ | ২০-০১-২০২৪ | ৩১-০১-২০২৪ | --", null, done.startsWith("২০-১২") ? done : null,
                done.startsWith("২০-১২") ? null : done);
        if (step) {
            apa.settings(STEP);
        }
        ScoreReport report = apa.score();
        if (!done.startsWith("০৫")) {
            assertThat(report.row(r.id()).orElseThrow().achieved().kind()).isEqualTo(CellKind.DATE);
        }
        return obtained(report, r);
    }

    @Test
    void example5GovernanceRowTakesTheLinkedPlansPercentage() {
        ApaTable apa = ApaTable.annual();
        TableRow nis = apa.governance().get(0);
        ApaTable.set(nis, "link", "link:nis:42");
        ScoreReport nisReport = new ScoreReport("nis-proportional", List.of(), List.of(), bd("40.83"), bd("50"), bd("81.67"), List.of());
        LinkedScores linked = link -> link.equals(new DocumentLink("nis", 42)) ? Optional.of(nisReport) : Optional.empty();

        assertThat(obtained(apa.score(linked), nis)).isEqualByComparingTo("8.17");
        assertThat(apa.score(linked).row(nis.id()).orElseThrow().note()).isEqualTo("apa.score.fromLinked");
        assertThat(obtained(apa.settings(STEP).score(linked), nis)).isEqualByComparingTo("8.00");
    }

    @Test
    void governanceRowsCanBeEnteredByHandAndAnUnresolvedLinkFallsBackToThem() {
        ApaTable apa = ApaTable.annual();
        TableRow nis = apa.governance().get(0);
        TableRow grs = apa.governance().get(2);
        ApaTable.quarters(nis, "৪০", "৬০", "৭৫", "৮১.৬৭");
        ApaTable.quarters(grs, "১০০");
        ApaTable.set(nis, "link", "link:nis:7");

        ScoreReport report = apa.score(LinkedScores.NONE);
        assertThat(obtained(report, nis)).as("cumulative: the last quarter counts").isEqualByComparingTo("8.17");
        assertThat(report.row(nis.id()).orElseThrow().note()).isEqualTo("apa.score.linkUnavailable");
        assertThat(obtained(report, grs)).isEqualByComparingTo("4.00");
    }

    @Test
    void aHalfYearReadsOnlyTheFirstTwoQuarters() {
        ApaTable apa = new ApaTable(Period.H1);
        apa.area("প্রশিক্ষণ", "২");
        TableRow r = apa.indicator("লার্নিং সেশন আয়োজন", "লার্নিং সেশন", "সমষ্টি", "সংখ্যা", "২.০০", "৫ | ৪ | ৩ | ২ | ১", "১", "২", "৯", "৯");
        ScoreReport report = apa.score();
        assertThat(report.row(r.id()).orElseThrow().achieved().number()).isEqualByComparingTo("3");
        assertThat(obtained(report, r)).isEqualByComparingTo("1.60");
    }

    @Test
    void dashLevelsAreSkippedNotReadAsZero() {
        ApaTable apa = ApaTable.annual();
        apa.area("রাজস্ব", "৪");
        TableRow top = apa.indicator("সভা", "সভা", "সমষ্টি", "সংখ্যা", "২", "৫ | ৪ | - | - | -", "৪.৫");
        TableRow under = apa.indicator("সভা", "সভা ২", "সমষ্টি", "সংখ্যা", "২", "৫ | ৪ | - | - | -", "৩");
        ScoreReport report = apa.score();
        assertThat(obtained(report, top)).isEqualByComparingTo("1.90");
        assertThat(obtained(report, under)).as("below the lowest defined level (90 %)").isEqualByComparingTo("0.00");
    }

    @Test
    void notApplicableRowsGetFullMarksOrAreLeftOutAndTheRestRescaled() {
        ApaTable apa = ApaTable.annual();
        apa.area("রাজস্ব", "৭০");
        TableRow done = apa.indicator("রাজস্ব আদায়", "আদায়কৃত শুল্ক", "সমষ্টি", "কোটি টাকা", "৩৫", "১০ | ৯ | ৮ | ৭ | ৬", "৮");
        TableRow na = apa.indicator("নিলাম", "নিলামকৃত পণ্য", "সমষ্টি", "সংখ্যা", "৩৫", "প্রযোজ্য নয় | - | - | - | -");
        apa.governance().forEach(g -> ApaTable.quarters(g, "১০০"));

        ScoreReport full = apa.score();
        assertThat(obtained(full, na)).isEqualByComparingTo("35.00");
        assertThat(full.total()).isEqualByComparingTo("93.00");

        apa.settings(new DocumentSettings(DocumentSettings.NotApplicablePolicy.EXCLUDE_AND_RESCALE,
                DocumentSettings.PercentAggregation.AVERAGE, false));
        ScoreReport rescaled = apa.score();
        assertThat(rescaled.row(na.id()).orElseThrow().excluded()).isTrue();
        // 28 + 30 = 58 of the 65 marks still counted, scaled to 100.
        assertThat(rescaled.total()).isEqualByComparingTo("89.23");
        assertThat(rescaled.notes()).anyMatch(p -> p.key().equals("apa.score.rescaled"));
        assertThat(obtained(rescaled, done)).isEqualByComparingTo("28.00");
    }

    @Test
    void areasGetSubtotalsAndTheWholeIsOutOfHundred() {
        ApaTable apa = ApaTable.annual();
        TableRow revenue = apa.area("রাজস্ব আহরণ জোরদারকরণ", "৫০");
        apa.indicator("রাজস্ব আদায়", "আদায়কৃত শুল্ক", "সমষ্টি", "কোটি টাকা", "৫০", "১০ | ৯ | ৮ | ৭ | ৬", "৪", "৫");
        TableRow service = apa.area("শুল্ক-করাদি সহজীকরণে সহায়তা", "২০");
        apa.indicator("সেবা", "সভা", "সমষ্টি", "সভা", "১০", "৪ | ৩ | ২ | ১ | -", "৪");
        apa.indicator("সেবা", "প্রশিক্ষণ", "সমষ্টি", "জন", "১০", "৪ | ৩ | ২ | ১ | -", "২");
        apa.governance().forEach(g -> ApaTable.quarters(g, "৯০"));

        ScoreReport report = apa.score();
        assertThat(report.group(revenue.id()).orElseThrow().obtained()).isEqualByComparingTo("45.00");
        assertThat(report.group(service.id()).orElseThrow().obtained()).isEqualByComparingTo("18.00");
        assertThat(report.group(service.id()).orElseThrow().code()).isEqualTo("[২]");
        assertThat(report.groups()).hasSize(3);
        assertThat(report.groups().get(2).obtained()).isEqualByComparingTo("27.00");
        assertThat(report.total()).isEqualByComparingTo("90.00");
        assertThat(report.max()).isEqualByComparingTo("100");
        assertThat(report.percent()).isEqualByComparingTo("90.00");
        assertThat(report.notes()).isEmpty();
        assertThat(report.rows().get(2).code()).isEqualTo("[২.১.২]");
    }

    @Test
    void tinyValuesAreNotRoundedAwayAndTheRawScoreIsExact() {
        ApaTable apa = ApaTable.annual();
        apa.area("সেবা", "৮");
        TableRow visitors = apa.indicator("সেবা কেন্দ্র", "সেবা গ্রহণকারীর সংখ্যা", "সমষ্টি", "সংখ্যা (লক্ষ)", "৮.০০",
                ".০০৩৭ | .০০১ | .০০১ | .০০১ | .০০১", ".০০১", ".০০২");
        TableRow sessions = apa.indicator("প্রশিক্ষণ", "লার্নিং সেশন", "সমষ্টি", "সংখ্যা", "২", "৫ | ৪ | ৩ | ২ | ১", "২", "১.৫");
        ScoreReport report = apa.score();
        assertThat(report.row(visitors.id()).orElseThrow().achieved().raw()).isEqualTo("০.০০৩");
        // 90 + (.003 − .001)/(.0037 − .001) × 10 = 97.41 → 8 × 0.9741
        assertThat(obtained(report, visitors)).isEqualByComparingTo("7.79");
        var raw = ApaScores.rawPercents(ApaTable.TEMPLATE, apa.doc, LinkedScores.NONE);
        assertThat(raw.get(visitors.id())).isEqualByComparingTo("97.41");
        assertThat(raw.get(sessions.id())).isEqualByComparingTo("85.00");
    }
}
