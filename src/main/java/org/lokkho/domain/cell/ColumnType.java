package org.lokkho.domain.cell;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a column accepts. {@link #VALUE} takes a number, percentage or date, decided by the row's unit. */
public enum ColumnType {
    TEXT, NUMBER, PERCENT, DATE, VALUE, SERIAL, CHOICE;

    @JsonCreator
    public static ColumnType of(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isTyped() {
        return this == NUMBER || this == PERCENT || this == DATE || this == VALUE;
    }
}
