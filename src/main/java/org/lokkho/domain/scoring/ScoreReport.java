package org.lokkho.domain.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.lokkho.domain.i18n.Problem;

/**
 * The whole score of a document: every row, every group subtotal, and the total out of the template's maximum.
 * When rows are excluded and rescaled, {@code total} is already rescaled to {@code max}.
 *
 * @param total   the sum of the rows' printed (two-decimal) marks, so the printed column adds up to it
 * @param percent total ÷ max in percent (two decimals), computed from the unrounded marks
 *                (40.8333/50 = 81.67 %, not 40.83/50 = 81.66 %); it feeds the APA governance rows
 * @param notes   warnings about the score as a whole (weights that do not add up, rescaling), as message keys
 */
public record ScoreReport(String rule, List<RowScore> rows, List<GroupScore> groups, BigDecimal total, BigDecimal max,
                          BigDecimal percent, List<Problem> notes) {
    public ScoreReport {
        rows = List.copyOf(rows);
        groups = List.copyOf(groups);
        notes = notes == null ? List.of() : List.copyOf(notes);
        percent = percent == null ? percentOf(total, max) : percent;
    }

    /** A report whose percentage follows from its total. */
    public ScoreReport(String rule, List<RowScore> rows, List<GroupScore> groups, BigDecimal total, BigDecimal max) {
        this(rule, rows, groups, total, max, null, List.of());
    }

    /** The report of a form that is not scored. */
    public static ScoreReport unscored() {
        return new ScoreReport("none", List.of(), List.of(), BigDecimal.ZERO, BigDecimal.ZERO);
    }

    public Optional<RowScore> row(String rowId) {
        return rows.stream().filter(r -> r.rowId().equals(rowId)).findFirst();
    }

    public Optional<GroupScore> group(String rowId) {
        return groups.stream().filter(g -> g.rowId().equals(rowId)).findFirst();
    }

    static BigDecimal percentOf(BigDecimal total, BigDecimal max) {
        return max.signum() == 0 ? BigDecimal.ZERO
                : total.multiply(BigDecimal.valueOf(100)).divide(max, 2, RoundingMode.HALF_UP);
    }
}
