package org.lokkho.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lokkho.domain.text.BengaliDigits;

/**
 * A Bangladesh fiscal year, 1 July to 30 June, named by its first calendar year.
 * Accepts "২০২১-২২", "২০২১-২০২২", "2021-22", "2021/22" and renders short or long labels in either digit set.
 */
public record FiscalYear(int startYear) implements Comparable<FiscalYear> {
    private static final Pattern LABEL = Pattern.compile("\\s*(\\d{4})\\s*[-–/]\\s*(\\d{2}|\\d{4})\\s*");

    public FiscalYear {
        if (startYear < 1971 || startYear > 2200) {
            throw new IllegalArgumentException("fiscal year out of range: " + startYear);
        }
    }

    public static FiscalYear parse(String label) {
        Objects.requireNonNull(label, "label");
        Matcher m = LABEL.matcher(BengaliDigits.toAscii(label));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a fiscal year: '" + label + "' (expected e.g. 2021-22)");
        }
        int start = Integer.parseInt(m.group(1));
        String end = m.group(2);
        int endYear = end.length() == 2 ? (start / 100) * 100 + Integer.parseInt(end) : Integer.parseInt(end);
        if (end.length() == 2 && endYear < start) {
            endYear += 100;
        }
        if (endYear != start + 1) {
            throw new IllegalArgumentException("not a fiscal year: '" + label + "' (the second year must follow the first)");
        }
        return new FiscalYear(start);
    }

    public static FiscalYear containing(LocalDate date) {
        return new FiscalYear(date.getMonthValue() >= 7 ? date.getYear() : date.getYear() - 1);
    }

    public FiscalYear plus(int years) {
        return new FiscalYear(startYear + years);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, 7, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, 6, 30);
    }

    /** "2021-22": the canonical form used in files. */
    public String code() {
        return String.format("%d-%02d", startYear, (startYear + 1) % 100);
    }

    /** "২০২১-২২". */
    public String shortLabel() {
        return BengaliDigits.toBengali(code());
    }

    /** "২০২১-২০২২". */
    public String longLabel() {
        return BengaliDigits.toBengali(startYear + "-" + (startYear + 1));
    }

    @Override
    public int compareTo(FiscalYear o) {
        return Integer.compare(startYear, o.startYear);
    }

    @Override
    public String toString() {
        return code();
    }
}
