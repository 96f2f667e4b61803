package org.lokkho.domain.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The whole score of a document: every row, every group subtotal, and the total out of the template's maximum.
 * When rows are excluded and rescaled, {@code total} is already rescaled to {@code max}.
 */
public record ScoreReport(String rule, List<RowScore> rows, List<GroupScore> groups, BigDecimal total, BigDecimal max) {
    public Optional<RowScore> row(String rowId) {
        return rows.stream().filter(r -> r.rowId().equals(rowId)).findFirst();
    }

    /** total ÷ max as a percentage (two decimals), for the APA governance rows. */
    public BigDecimal percent() {
        return max.signum() == 0 ? BigDecimal.ZERO
                : total.multiply(BigDecimal.valueOf(100)).divide(max, 2, java.math.RoundingMode.HALF_UP);
    }
}
