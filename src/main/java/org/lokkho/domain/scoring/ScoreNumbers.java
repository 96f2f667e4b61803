package org.lokkho.domain.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.lokkho.domain.cell.BengaliDates;
import org.lokkho.domain.cell.CellKind;
import org.lokkho.domain.cell.CellValue;
import org.lokkho.domain.text.BengaliDigits;

/** Rounding and the Bengali-digit cells that scoring writes into derived columns. */
final class ScoreNumbers {
    /** Enough precision for intermediate ratios; only the printed results are rounded (2 decimals, HALF_UP). */
    static final MathContext EXACT = MathContext.DECIMAL64;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ScoreNumbers() {
    }

    static BigDecimal round2(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return a.divide(b, EXACT);
    }

    /** "১৭.৫", "৪": no trailing zeros, no exponent. */
    static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() < 0) {
            s = s.setScale(0);
        }
        return BengaliDigits.toBengali(s.toPlainString());
    }

    static CellValue numberCell(BigDecimal v) {
        BigDecimal shown = round2(v);
        return new CellValue(CellKind.NUMBER, plain(shown), shown.stripTrailingZeros(), null, null, null);
    }

    static CellValue percentCell(BigDecimal v) {
        BigDecimal shown = round2(v);
        return new CellValue(CellKind.PERCENT, plain(shown) + "%", shown.stripTrailingZeros(), null, null, null);
    }

    static CellValue dateCell(LocalDate d) {
        return new CellValue(CellKind.DATE, BengaliDates.format(d), null, d, null, null);
    }
}
