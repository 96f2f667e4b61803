package org.lokkho.domain.cell;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One cell as typed by the officer ({@code raw}, kept exactly) and as understood ({@code kind} and values).
 * A number may carry a unit word ("৪০জন") and a deadline ("০৩ ৩০/০৬/২২"); a date range has {@code dateTo}.
 */
public record CellValue(CellKind kind, String raw, BigDecimal number, LocalDate date, LocalDate dateTo, String unit) {
    public static final CellValue BLANK = new CellValue(CellKind.BLANK, "", null, null, null, null);

    public CellValue {
        Objects.requireNonNull(kind, "kind");
        raw = raw == null ? "" : raw;
    }

    public static CellValue text(String raw) {
        return raw == null || raw.isBlank() ? BLANK : new CellValue(CellKind.TEXT, raw, null, null, null, null);
    }

    public boolean isBlank() {
        return kind == CellKind.BLANK;
    }

    public boolean hasNumber() {
        return number != null;
    }

    public boolean hasDate() {
        return date != null;
    }

    /** The date that counts for "done by": the end of a range, or the single date. */
    public LocalDate effectiveDate() {
        return dateTo != null ? dateTo : date;
    }
}
