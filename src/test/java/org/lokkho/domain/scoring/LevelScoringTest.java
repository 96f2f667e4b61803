package org.lokkho.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lokkho.domain.cell.CellParser;
import org.lokkho.domain.cell.CellValue;
import org.lokkho.domain.cell.ColumnType;
import org.lokkho.domain.scoring.LevelScoring.Direction;
import org.lokkho.domain.scoring.LevelScoring.Result;

/** forms-spec §8.3 worked examples 1–5 and the rules around them. */
class LevelScoringTest {

    private static List<BigDecimal> targets(String... t) {
        return Arrays.stream(t).map(s -> s == null ? null : new BigDecimal(s)).toList();
    }

    private static List<CellValue> cells(String... raw) {
        return Arrays.stream(raw).map(r -> CellParser.parse(r, ColumnType.VALUE).value()).toList();
    }

    private static CellValue cell(String raw) {
        return CellParser.parse(raw, ColumnType.VALUE).value();
    }

    private static Result r(List<BigDecimal> t, String a, boolean step) {
        return LevelScoring.rawScore(t, new BigDecimal(a), null, step);
    }

    @Test
    void example1HigherIsBetweenLevels() {
        List<BigDecimal> t = targets("30.00", "29.95", "29.90", "29.85", "29.80");
        Result interp = r(t, "29.97", false);
        assertThat(interp.percent()).isEqualByComparingTo("94");
        assertThat(interp.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(interp.score(new BigDecimal("6.00"))).isEqualTo(new BigDecimal("5.64"));
        assertThat(r(t, "29.97", true).score(new BigDecimal("6.00"))).isEqualTo(new BigDecimal("5.40"));
        Result full = r(targets("11.13", "11.12", "11.11", "11.10", "11.09"), "11.13", false);
        assertThat(full.percent()).isEqualByComparingTo("100");
        assertThat(full.score(new BigDecimal("4.00"))).isEqualTo(new BigDecimal("4.00"));
    }

    @Test
    void example2Counts() {
        List<BigDecimal> t = targets("5", "4", "3", "2", "1");
        BigDecimal w = new BigDecimal("2.00");
        assertThat(r(t, "3", false).score(w)).isEqualTo(new BigDecimal("1.60"));
        assertThat(r(t, "3.5", false).score(w)).isEqualTo(new BigDecimal("1.70"));
        assertThat(r(t, "3.5", true).score(w)).isEqualTo(new BigDecimal("1.60"));
        assertThat(r(t, "0.5", false).score(w)).isEqualTo(new BigDecimal("0.00"));
        assertThat(r(t, "1", false).percent()).isEqualByComparingTo("60");
    }

    @Test
    void example3LowerIsBetterDetectedFromTargets() {
        List<BigDecimal> t = targets("15", "20", "25", "30", "35");
        Result a = r(t, "22", false);
        assertThat(a.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(a.percent()).isEqualByComparingTo("86");
        assertThat(a.score(new BigDecimal("2"))).isEqualTo(new BigDecimal("1.72"));
        assertThat(r(t, "40", false).score(new BigDecimal("2"))).isEqualTo(new BigDecimal("0.00"));
        assertThat(r(t, "10", false).percent()).isEqualByComparingTo("100");
    }

    @Test
    void example4DatesEarlierIsBetterAndUndefinedLevelSkipped() {
        List<CellValue> t = cells("৩১-১২-২০২২", "১০-০১-২০২৩", "২০-০১-২০২৩", "৩১-০১-২০২৩", "--");
        BigDecimal w = new BigDecimal("3");
        Result mid = LevelScoring.rawScore(t, cell("১৫-০১-২০২৩"), null, false);
        assertThat(mid.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(mid.percent()).isEqualByComparingTo("85");
        assertThat(mid.score(w)).isEqualTo(new BigDecimal("2.55"));
        assertThat(LevelScoring.rawScore(t, cell("১৫-০১-২০২৩"), null, true).score(w)).isEqualTo(new BigDecimal("2.40"));
        assertThat(LevelScoring.rawScore(t, cell("২০-১২-২০২২"), null, false).score(w)).isEqualTo(new BigDecimal("3.00"));
        assertThat(LevelScoring.rawScore(t, cell("০৫-০২-২০২৩"), null, false).score(w)).isEqualTo(new BigDecimal("0.00"));
        assertThat(LevelScoring.rawScore(t, cell("৩১-০১-২০২৩"), null, false).percent()).isEqualByComparingTo("70");
    }

    @Test
    void example5GovernanceRowFromAPlanPercentage() {
        List<CellValue> t = cells("১০০", "৯০", "৮০", "৭০", "৬০");
        Result a = LevelScoring.rawScore(t, cell("৮১.৬৭"), null, false);
        assertThat(a.percent()).isEqualByComparingTo("81.67");
        assertThat(a.score(BigDecimal.TEN)).isEqualTo(new BigDecimal("8.17"));
        assertThat(LevelScoring.rawScore(t, cell("৮১.৬৭"), null, true).score(BigDecimal.TEN)).isEqualTo(new BigDecimal("8.00"));
    }

    @ParameterizedTest
    @CsvSource({"100,100", "95,95", "60,60", "59.99,0", "150,100"})
    void percentTargetsCapAndFloor(String achieved, String expected) {
        assertThat(r(targets("100", "90", "80", "70", "60"), achieved, false).percent()).isEqualByComparingTo(expected);
    }

    @Test
    void undefinedLevelsAreSkippedInTheMiddle() {
        // 100 and 80 defined only: interpolate straight across the missing 90.
        List<BigDecimal> t = targets("10", null, "6", null, null);
        assertThat(r(t, "8", false).percent()).isEqualByComparingTo("90");
        assertThat(r(t, "8", true).percent()).isEqualByComparingTo("80");
        assertThat(r(t, "5", false).percent()).isEqualByComparingTo("0");
    }

    @Test
    void bestDefinedLevelBelow100CapsThere() {
        assertThat(r(targets(null, "10", "8", "6", "4"), "12", false).percent()).isEqualByComparingTo("90");
    }

    @Test
    void singleDefinedLevelIsAllOrNothing() {
        List<BigDecimal> t = targets("5", null, null, null, null);
        assertThat(r(t, "5", false).percent()).isEqualByComparingTo("100");
        assertThat(r(t, "4.9", false).percent()).isEqualByComparingTo("0");
    }

    @Test
    void explicitDirectionOverridesDetection() {
        // All levels equal: nothing to detect; an explicit lower-is-better flag makes 20 days a miss.
        List<BigDecimal> t = targets("15", "15", "15", "15", "15");
        assertThat(LevelScoring.rawScore(t, new BigDecimal("20"), Direction.LOWER_IS_BETTER, false).percent()).isEqualByComparingTo("0");
        assertThat(LevelScoring.rawScore(t, new BigDecimal("20"), null, false).percent()).isEqualByComparingTo("100");
    }

    @Test
    void nonMonotonicTargetsAreFlaggedNotScored() {
        // D0 [২.৪.১]: ৫ | ২ | ১ | - | ২
        Result a = r(targets("5", "2", "1", null, "2"), "3", false);
        assertThat(a.percent()).isEqualByComparingTo("0");
        assertThat(a.problem()).contains("score.note.targetsNotMonotonic");
        assertThat(LevelScoring.isMonotonic(targets("5", "2", "1", "2"))).isFalse();
        assertThat(LevelScoring.isMonotonic(targets("5", "4", "4", "2"))).isTrue();
    }

    @Test
    void noTargetsOrNoAchievement() {
        assertThat(LevelScoring.rawScore(cells("-", "-", "-", "-", "-"), cell("৫"), null, false).problem())
                .contains("score.note.targetMissing");
        assertThat(LevelScoring.rawScore(cells("৫", "৪", "৩", "২", "১"), cell(""), null, false).problem())
                .contains("score.note.nothingReported");
        assertThat(LevelScoring.rawScore(cells("৫", "৪", "৩", "২", "১"), cell("-"), null, false).percent())
                .isEqualByComparingTo("0");
    }

    @Test
    void wrongNumberOfTargetsIsAProgrammingError() {
        assertThatThrownBy(() -> LevelScoring.rawScore(targets("1", "2"), BigDecimal.ONE, null, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
