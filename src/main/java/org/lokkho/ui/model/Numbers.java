package org.lokkho.ui.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.lokkho.domain.cell.BengaliDates;
import org.lokkho.domain.cell.CellValue;
import org.lokkho.domain.i18n.Messages;

/** Numbers and computed values as the screen shows them: two decimals for marks, digits in the UI language. */
public final class Numbers {
    private Numbers() {
    }

    /** Marks with two decimals: ৪০.৮৩. */
    public static String marks(BigDecimal value, Messages messages) {
        if (value == null) {
            return "";
        }
        return messages.digits(value.setScale(2, RoundingMode.HALF_UP).toPlainString());
    }

    /** A maximum or weight without needless decimals: ৫০, ২.৫. */
    public static String plain(BigDecimal value, Messages messages) {
        if (value == null) {
            return "";
        }
        BigDecimal v = value.stripTrailingZeros();
        return messages.digits(v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString());
    }

    /** A computed cell value (মোট অর্জন): a number, a percentage or a date. */
    public static String value(CellValue v, Messages messages) {
        if (v == null || v.isBlank()) {
            return "";
        }
        switch (v.kind()) {
            case NUMBER:
                return v.number() == null ? v.raw() : plain(v.number().setScale(2, RoundingMode.HALF_UP), messages);
            case PERCENT:
                return v.number() == null ? v.raw() : plain(v.number().setScale(2, RoundingMode.HALF_UP), messages) + "%";
            case DATE:
            case DATE_RANGE:
                return v.effectiveDate() == null ? v.raw() : messages.digits(BengaliDates.format(v.effectiveDate()));
            default:
                return v.raw().isEmpty() ? "" : messages.digits(v.raw());
        }
    }
}
