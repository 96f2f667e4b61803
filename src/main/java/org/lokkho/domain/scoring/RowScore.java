package org.lokkho.domain.scoring;

import java.math.BigDecimal;
import org.lokkho.domain.cell.CellValue;

/**
 * The score of one item row: what was achieved over the period (a number, a percentage or a date, shown in
 * the মোট অর্জন column), the marks obtained and the most it could get. {@code excluded} rows (not applicable,
 * when the evaluator leaves them out) count toward neither obtained nor max; their {@code max} still shows the weight.
 * {@code note} is null or a message key of the i18n bundles ("score.note.late" …) explaining an unusual score;
 * render it with {@code Messages.get(note)}.
 */
public record RowScore(String rowId, String code, CellValue achieved, BigDecimal obtained, BigDecimal max,
                       boolean excluded, String note) {
}
