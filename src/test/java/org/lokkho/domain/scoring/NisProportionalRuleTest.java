package org.lokkho.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.lokkho.domain.calendar.Period;
import org.lokkho.domain.cell.CellKind;
import org.lokkho.domain.document.DocumentSettings;
import org.lokkho.domain.document.DocumentSettings.NotApplicablePolicy;
import org.lokkho.domain.document.DocumentSettings.PercentAggregation;
import org.lokkho.domain.document.TableRow;

class NisProportionalRuleTest {

    private static RowScore only(NisTable t) {
        ScoreReport r = t.score();
        assertThat(r.rows()).hasSize(1);
        return r.rows().get(0);
    }

    @Test
    void overAchievementIsCapped() {
        NisTable t = NisTable.annual();
        t.item("সভা", "৪", "সংখ্যা", "২", "৩", "৩", "৩", "৩");
        RowScore s = only(t);
        assertThat(s.obtained()).isEqualByComparingTo("4.00");
        assertThat(s.achieved().number()).isEqualByComparingTo("12");
        assertThat(s.achieved().raw()).isEqualTo("১২");
    }

    @Test
    void dashesAndBlanksContributeNothing() {
        NisTable t = NisTable.annual();
        t.item("সভা", "৪", "সংখ্যা", "৪", "-", "--", null, "১");
        RowScore s = only(t);
        assertThat(s.obtained()).isEqualByComparingTo("1.00");
        assertThat(s.achieved().raw()).isEqualTo("১");
    }

    @Test
    void proportionalRoundsHalfUp() {
        NisTable t = NisTable.annual();
        t.item("সভা", "২", "সংখ্যা", "৩", "১");
        assertThat(only(t).obtained()).isEqualTo(new BigDecimal("0.67"));
    }

    @Test
    void missingQuartersMeanNothingReportedYet() {
        NisTable t = NisTable.annual();
        t.item("সভা", "৪", "সংখ্যা", "৪");
        RowScore s = only(t);
        assertThat(s.obtained()).isEqualByComparingTo("0");
        assertThat(s.achieved().isBlank()).isTrue();
        assertThat(s.note()).isEqualTo("score.note.nothingReported");
    }

    @Test
    void aQ2ReportIgnoresQ3AndQ4() {
        NisTable t = new NisTable(Period.Q2);
        t.item("সভা", "৪", "সংখ্যা", "৪", "১", "১", "১", "১");
        t.item("সিদ্ধান্ত", "৬", "%", "১০০%", "৮০%", "১০০%", "০%", "০%");
        t.item("পুরস্কার", "১", "তারিখ", "৩০/০৬/২২", null, null, "১০/০৩/২২");
        ScoreReport r = t.score();
        assertThat(r.rows().get(0).obtained()).isEqualByComparingTo("2.00");
        assertThat(r.rows().get(1).obtained()).isEqualByComparingTo("5.40");
        assertThat(r.rows().get(1).achieved().raw()).isEqualTo("৯০%");
        assertThat(r.rows().get(2).obtained()).isEqualByComparingTo("0");
        assertThat(r.rows().get(2).note()).isEqualTo("score.note.notDone");
    }

    @Test
    void percentAverageOfReportedQuartersOnly() {
        NisTable t = NisTable.annual();
        t.item("সিদ্ধান্ত", "৬", "%", "১০০%", "৬০%", "-", null, "৯০%");
        RowScore s = only(t);
        assertThat(s.achieved().kind()).isEqualTo(CellKind.PERCENT);
        assertThat(s.achieved().raw()).isEqualTo("৭৫%");
        assertThat(s.obtained()).isEqualByComparingTo("4.50");
    }

    @Test
    void percentLatestWhenTheEvaluatorSaysSo() {
        NisTable t = NisTable.annual();
        t.doc.setSettings(new DocumentSettings(NotApplicablePolicy.FULL_MARKS, PercentAggregation.LATEST, false));
        t.item("সিদ্ধান্ত", "৬", "%", "১০০%", "৬০%", "৯০%", "৮০%", "-");
        RowScore s = only(t);
        assertThat(s.achieved().raw()).isEqualTo("৮০%");
        assertThat(s.obtained()).isEqualByComparingTo("4.80");
    }

    @Test
    void percentNeverAddsUpTo400() {
        NisTable t = NisTable.annual();
        t.item("সিদ্ধান্ত", "৬", "%", "১০০%", "১০০%", "১০০%", "১০০%", "১০০%");
        assertThat(only(t).achieved().number()).isEqualByComparingTo("100");
    }

    @Test
    void percentAverageWithRepeatingDecimalShowsTwoDecimals() {
        NisTable t = NisTable.annual();
        t.item("সিদ্ধান্ত", "৩", "%", "১০০%", "১০০%", "১০০%", "৫০%");
        RowScore s = only(t);
        assertThat(s.achieved().raw()).isEqualTo("৮৩.৩৩%");
        assertThat(s.obtained()).isEqualByComparingTo("2.50");
    }

    @Test
    void dateOnTimeGetsFullMarksLateGetsNothing() {
        NisTable t = NisTable.annual();
        TableRow onTheDay = t.item("ক", "২", "তারিখ", "৩১/০৮/২১", "৩১/০৮/২১");
        TableRow late = t.item("খ", "২", "তারিখ", "৩১/০৮/২১", "০১/০৯/২১");
        TableRow lateInQ2 = t.item("গ", "২", "তারিখ", "৩১/০৮/২১", "-", "১৫/১০/২১");
        ScoreReport r = t.score();
        assertThat(r.row(onTheDay.id()).orElseThrow().obtained()).isEqualByComparingTo("2.00");
        RowScore l = r.row(late.id()).orElseThrow();
        assertThat(l.obtained()).isEqualByComparingTo("0");
        assertThat(l.note()).isEqualTo("score.note.late");
        assertThat(l.achieved().date()).isEqualTo(java.time.LocalDate.of(2021, 9, 1));
        assertThat(r.row(lateInQ2.id()).orElseThrow().obtained()).isEqualByComparingTo("0");
    }

    @Test
    void dateTargetsWithLabelOrEraSuffix() {
        NisTable t = NisTable.annual();
        t.item("ক", "২", "তারিখ", "তারিখ ৩০/৬/২২", null, null, null, "২৯/৬/২২খ্রি.");
        t.item("খ", "২", "তারিখ", "৩০/০৬/২০২২খ্রিঃ", null, null, null, "১ জুলাই, ২০২২");
        ScoreReport r = t.score();
        assertThat(r.rows().get(0).obtained()).isEqualByComparingTo("2.00");
        assertThat(r.rows().get(1).obtained()).isEqualByComparingTo("0");
        assertThat(r.rows().get(1).achieved().raw()).isEqualTo("০১/০৭/২০২২");
    }

    @Test
    void dateRangeCountsItsEnd() {
        NisTable t = NisTable.annual();
        t.item("ক", "৩", "তারিখ", "৩১-১২-২০২১", null, "০১-১২-২০২১ থেকে ৩১-১২-২০২১");
        t.item("খ", "৩", "তারিখ", "৩১-১২-২০২১", null, "০১-১২-২০২১ থেকে ০৫-০১-২০২২");
        ScoreReport r = t.score();
        assertThat(r.rows().get(0).obtained()).isEqualByComparingTo("3.00");
        assertThat(r.rows().get(1).obtained()).isEqualByComparingTo("0");
    }

    @Test
    void countWithDeadlineLateIsZeroAndWithoutDatesAssumedInTime() {
        NisTable t = NisTable.annual();
        TableRow late = t.item("কর্ম-পরিবেশ", "২", "সংখ্যা", "০৩ ৩০/০৬/২২", "০১", "০১", "০১ ০৫/০৭/২২");
        TableRow noDates = t.item("কর্ম-পরিবেশ", "২", "সংখ্যা", "০৩ ৩০/০৬/২২", "০১", "০১", "০১");
        ScoreReport r = t.score();
        assertThat(r.row(late.id()).orElseThrow().obtained()).isEqualByComparingTo("0");
        assertThat(r.row(late.id()).orElseThrow().note()).isEqualTo("score.note.late");
        assertThat(r.row(noDates.id()).orElseThrow().obtained()).isEqualByComparingTo("2.00");
    }

    @Test
    void notApplicableFullMarks() {
        NisTable t = NisTable.annual();
        t.item("ক", "৪", "সংখ্যা", "৪", "২", "২", "-", "-");
        t.item("খ", "২", "তারিখ", "প্রযোজ্য নয়");
        ScoreReport r = t.score();
        assertThat(r.rows().get(1).obtained()).isEqualByComparingTo("2.00");
        assertThat(r.rows().get(1).excluded()).isFalse();
        assertThat(r.total()).isEqualByComparingTo("6.00");
        assertThat(r.max()).isEqualByComparingTo("50");
    }

    @Test
    void notApplicableExcludedAndRescaled() {
        NisTable t = NisTable.annual();
        t.doc.setSettings(new DocumentSettings(NotApplicablePolicy.EXCLUDE_AND_RESCALE, PercentAggregation.AVERAGE, false));
        t.group("ক");
        t.item("ক", "২৪", "সংখ্যা", "৪", "১", "১", "১", "-");
        t.item("খ", "১৬", "সংখ্যা", "২", "২");
        t.item("গ", "১০", "তারিখ", "৩০/০৬/২২", "প্রযোজ্য নয়");
        ScoreReport r = t.score();
        RowScore na = r.rows().get(2);
        assertThat(na.excluded()).isTrue();
        assertThat(na.obtained()).isEqualByComparingTo("0");
        assertThat(na.note()).isEqualTo("score.note.notApplicableExcluded");
        // 18 + 16 = 34 of 40 applicable marks → 42.50 of 50
        assertThat(r.total()).isEqualByComparingTo("42.50");
        assertThat(r.max()).isEqualByComparingTo("50");
        assertThat(r.percent()).isEqualByComparingTo("85.00");
        assertThat(r.notes()).extracting(p -> p.key()).containsExactly("score.note.rescaled");
        assertThat(r.groups().get(0).obtained()).isEqualByComparingTo("34.00");
        assertThat(r.groups().get(0).max()).isEqualByComparingTo("40");
    }

    @Test
    void blankEverythingScoresZero() {
        NisTable t = NisTable.annual();
        t.group("ক");
        t.item("ক", "৪", "সংখ্যা", "৪");
        t.item("খ", "৬", "%", "১০০%");
        t.item("গ", "২", "তারিখ", "৩০/০৬/২২");
        t.item("ঘ", null, null, null);
        ScoreReport r = t.score();
        assertThat(r.rows()).allSatisfy(s -> {
            assertThat(s.obtained()).isEqualByComparingTo("0");
            assertThat(s.achieved().isBlank()).isTrue();
        });
        assertThat(r.total()).isEqualByComparingTo("0");
        assertThat(r.percent()).isEqualByComparingTo("0");
        assertThat(r.rows().get(3).note()).isEqualTo("score.note.weightMissing");
    }

    @Test
    void missingOrInvalidTargetGivesZeroWithANote() {
        NisTable t = NisTable.annual();
        t.item("ক", "৪", "সংখ্যা", null, "২");
        t.item("খ", "৪", "সংখ্যা", "-", "২");
        t.item("গ", "৪", "সংখ্যা", "০", "২");
        t.item("ঘ", "৪", "তারিখ", "৪", "৩০/০৬/২২");
        t.item("ঙ", "৪", "%", "অনেক", "৫০%");
        assertThat(t.score().rows()).allSatisfy(s -> {
            assertThat(s.obtained()).isEqualByComparingTo("0");
            assertThat(s.note()).isEqualTo("score.note.targetMissing");
        });
        // the achievement is still summed for the মোট অর্জন column
        assertThat(t.score().rows().get(0).achieved().raw()).isEqualTo("২");
    }

    @Test
    void unitWordsAndCounters() {
        NisTable t = NisTable.annual();
        t.item("লক্ষ", "৪", "সংখ্যা (লক্ষ)", "১০০", "৫০ লক্ষ", "২৫ লক্ষ");
        t.item("জন", "৪", "জন", "১০০", "৪০জন", "৪০ জন");
        t.item("টি", "৪", "সংখ্যা", "৮", "৪টি", "২টি");
        ScoreReport r = t.score();
        assertThat(r.rows().get(0).obtained()).isEqualByComparingTo("3.00");
        assertThat(r.rows().get(1).obtained()).isEqualByComparingTo("3.20");
        assertThat(r.rows().get(2).obtained()).isEqualByComparingTo("3.00");
    }

    @Test
    void blankUnitFollowsTheTargetUnknownUnitScoresNothing() {
        NisTable t = NisTable.annual();
        t.item("ক", "৪", null, "১০০%", "৫০%");
        t.item("খ", "৪", "দিন", "১৫", "১০");
        ScoreReport r = t.score();
        assertThat(r.rows().get(0).obtained()).isEqualByComparingTo("2.00");
        assertThat(r.rows().get(0).note()).isEqualTo("score.note.unitFromTarget");
        assertThat(r.rows().get(1).obtained()).isEqualByComparingTo("0");
        assertThat(r.rows().get(1).note()).isEqualTo("score.note.unitUnknown");
    }

    @Test
    void weightsThatDoNotAddUpAreReportedNotFixed() {
        NisTable t = NisTable.annual();
        t.item("ক", "৪", "সংখ্যা", "৪", "৪");
        ScoreReport r = t.score();
        assertThat(r.max()).isEqualByComparingTo("50");
        assertThat(r.total()).isEqualByComparingTo("4.00");
        assertThat(r.notes()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("score.note.weightsMismatch");
            assertThat(p.args()).containsExactly("৪", "৫০");
            assertThat(p.isError()).isFalse();
        });
    }

    @Test
    void rowsBeforeTheFirstGroupBelongToNoGroup() {
        NisTable t = NisTable.annual();
        t.item("ক", "৪", "সংখ্যা", "৪", "৪");
        t.group("খ");
        t.item("খ", "২", "সংখ্যা", "২", "১");
        t.group("গ");
        ScoreReport r = t.score();
        assertThat(r.groups()).hasSize(2);
        assertThat(r.groups().get(0).obtained()).isEqualByComparingTo("1.00");
        assertThat(r.groups().get(1).obtained()).isEqualByComparingTo("0");
        assertThat(r.groups().get(1).max()).isEqualByComparingTo("0");
        assertThat(r.total()).isEqualByComparingTo("5.00");
    }

    @Test
    void scoringDoesNotChangeTheDocument() {
        NisTable t = NisTable.annual();
        TableRow row = t.item("ক", "৪", "সংখ্যা", "৪", "৪");
        var before = row.cells();
        t.score();
        assertThat(row.cell("total").isBlank()).isTrue();
        assertThat(row.cell("score").isBlank()).isTrue();
        assertThat(row.cells()).isEqualTo(before);
    }
}
