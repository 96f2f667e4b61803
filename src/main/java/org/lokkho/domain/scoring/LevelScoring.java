package org.lokkho.domain.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lokkho.domain.cell.CellKind;
import org.lokkho.domain.cell.CellValue;

/**
 * The APA five-level raw score (forms-spec §8.3): targets T100, T90, T80, T70, T60 (a level may be undefined, "-"),
 * an annual achievement A, and r in 0…100 by interpolation between adjacent defined levels (or the step variant).
 * Over-achievement is capped at the best defined level; below the lowest defined level r = 0.
 * Lower-is-better indicators (days, cost, dates) are scored by mirroring every value (x → −x).
 */
public final class LevelScoring {
    /** The levels in order best → worst; target lists are given in this order. */
    public static final List<Integer> LEVELS = List.of(100, 90, 80, 70, 60);

    public enum Direction { HIGHER_IS_BETTER, LOWER_IS_BETTER }

    /**
     * @param percent   r, 0…100, rounded to 2 decimals for display
     * @param direction the direction used (explicit or detected)
     * @param problem   message key when no score could be given for a reason the user must fix, else empty
     */
    public record Result(BigDecimal percent, Direction direction, Optional<String> problem) {
        /** সূচকের মান × r / 100 with r as shown (two decimals), so an officer can check it by hand; two decimals. */
        public BigDecimal score(BigDecimal weight) {
            return ScoreNumbers.round2(weight.multiply(percent).divide(ScoreNumbers.HUNDRED, ScoreNumbers.EXACT));
        }
    }

    private LevelScoring() {
    }

    /**
     * r for numeric targets. {@code targets} has one entry per level of {@link #LEVELS}, null for an undefined level.
     * {@code direction} null = detect from the targets (best defined above worst defined → higher is better).
     */
    public static Result rawScore(List<BigDecimal> targets, BigDecimal achieved, Direction direction, boolean step) {
        if (targets.size() != LEVELS.size()) {
            throw new IllegalArgumentException("expected " + LEVELS.size() + " level targets, got " + targets.size());
        }
        List<Integer> levels = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i) != null) {
                levels.add(LEVELS.get(i));
                values.add(targets.get(i));
            }
        }
        Direction dir = direction != null ? direction : detect(values);
        if (levels.isEmpty()) {
            return new Result(zero(), dir, Optional.of("score.note.targetMissing"));
        }
        if (achieved == null) {
            return new Result(zero(), dir, Optional.of("score.note.nothingReported"));
        }
        boolean mirror = dir == Direction.LOWER_IS_BETTER;
        List<BigDecimal> t = values.stream().map(v -> mirror ? v.negate() : v).toList();
        BigDecimal a = mirror ? achieved.negate() : achieved;
        if (!isMonotonic(t)) {
            return new Result(zero(), dir, Optional.of("score.note.targetsNotMonotonic"));
        }
        return new Result(ScoreNumbers.round2(interpolate(levels, t, a, step)), dir, Optional.empty());
    }

    /**
     * r for cells as typed: numbers and percentages, or dates (always lower-is-better: earlier is better).
     * "-", blank and not-applicable targets are undefined levels.
     */
    public static Result rawScore(List<CellValue> targets, CellValue achieved, Direction direction, boolean step) {
        boolean dates = targets.stream().anyMatch(c -> c.kind().isDate());
        List<BigDecimal> numbers = new ArrayList<>();
        for (CellValue c : targets) {
            numbers.add(dates ? dayNumber(c) : quantity(c));
        }
        BigDecimal a = dates ? dayNumber(achieved) : quantity(achieved);
        return rawScore(numbers, a, dates ? Direction.LOWER_IS_BETTER : direction, step);
    }

    /** Targets must not get better from one level to the next worse one (in higher-is-better orientation). */
    public static boolean isMonotonic(List<BigDecimal> bestToWorst) {
        for (int i = 1; i < bestToWorst.size(); i++) {
            if (bestToWorst.get(i).compareTo(bestToWorst.get(i - 1)) > 0) {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal interpolate(List<Integer> levels, List<BigDecimal> t, BigDecimal a, boolean step) {
        if (a.compareTo(t.get(0)) >= 0) {
            return BigDecimal.valueOf(levels.get(0));
        }
        for (int i = 1; i < t.size(); i++) {
            BigDecimal upper = t.get(i - 1);
            BigDecimal lower = t.get(i);
            if (a.compareTo(lower) >= 0 && a.compareTo(upper) < 0) {
                BigDecimal k2 = BigDecimal.valueOf(levels.get(i));
                if (step) {
                    return k2;
                }
                BigDecimal k1 = BigDecimal.valueOf(levels.get(i - 1));
                BigDecimal fraction = ScoreNumbers.divide(a.subtract(lower), upper.subtract(lower));
                return k2.add(fraction.multiply(k1.subtract(k2)));
            }
        }
        return BigDecimal.ZERO;
    }

    private static Direction detect(List<BigDecimal> values) {
        if (values.size() >= 2 && values.get(0).compareTo(values.get(values.size() - 1)) < 0) {
            return Direction.LOWER_IS_BETTER;
        }
        return Direction.HIGHER_IS_BETTER;
    }

    private static BigDecimal quantity(CellValue c) {
        return c.kind().isQuantity() && c.hasNumber() ? c.number() : null;
    }

    /** A date as a day number; for a completed range its end date counts. */
    private static BigDecimal dayNumber(CellValue c) {
        if (c.kind() == CellKind.NONE || c.kind() == CellKind.NOT_APPLICABLE || !c.hasDate()) {
            return null;
        }
        LocalDate d = c.effectiveDate();
        return BigDecimal.valueOf(d.toEpochDay());
    }

    private static BigDecimal zero() {
        return ScoreNumbers.round2(BigDecimal.ZERO);
    }
}
