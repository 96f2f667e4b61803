package org.lokkho.domain.cell;

/**
 * The typed state of a cell. "-" ({@link #NONE}), "প্রযোজ্য নয়" ({@link #NOT_APPLICABLE}) and
 * an empty cell ({@link #BLANK}) are distinct states and never mean zero.
 */
public enum CellKind {
    BLANK, TEXT, NUMBER, PERCENT, DATE, DATE_RANGE, NONE, NOT_APPLICABLE;

    public boolean isQuantity() {
        return this == NUMBER || this == PERCENT;
    }

    public boolean isDate() {
        return this == DATE || this == DATE_RANGE;
    }
}
