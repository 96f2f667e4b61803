package org.lokkho.domain.cell;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lokkho.domain.i18n.Problem;
import org.lokkho.domain.text.BengaliDigits;
import org.lokkho.domain.text.Whitespace;

/**
 * Understands what an officer typed into a cell, in Bengali or ASCII digits. Pure and total:
 * any string gives a value (never an exception), plus a problem when it does not fit the column.
 */
public final class CellParser {
    private static final Set<String> NONE_MARKS = Set.of("-", "--", "---", "–", "—", "−");
    private static final Set<String> NOT_APPLICABLE = Set.of("প্রযোজ্য নয়", "প্রযোজ্য নহে", "প্রযোজ্য নয়।", "n/a", "na", "not applicable");
    /**
     * 12, 12.5, .002, 12,34,567 (South-Asian grouping), 1,234,567 (Western grouping), 1,95 (OCR comma for a
     * decimal point: a comma followed by one or two digits only).
     */
    private static final String NUM = "[+-]?(?:\\d{1,3}(?:,\\d{2})*,\\d{3}(?:\\.\\d+)?|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?"
            + "|\\d+(?:[.,]\\d+)?|\\.\\d+)";
    private static final Pattern NUMBER = Pattern.compile(NUM);
    private static final Pattern PERCENT = Pattern.compile("(" + NUM + ")\\s*%");
    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile("(" + NUM + ")\\s*([\\p{IsBengali}\\p{L}][\\p{IsBengali}\\p{L}\\p{M}() ]*)");
    private static final Pattern NUMBER_WITH_DATE = Pattern.compile("(" + NUM + ")\\s+(\\S.*)");
    private static final Pattern RANGE = Pattern.compile("(.+?)\\s+(?:থেকে|হতে|হইতে|to)\\s+(.+)");
    // Compiled once: String.matches/replaceFirst compile their pattern on every call, and every stored cell of a
    // number column passes through here when a document is read (thousands per 20-page report).
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d+,\\d{1,2}");
    private static final Pattern DAY_SUFFIX = Pattern.compile("^(ই|লা|শে)\\s+");

    /** Longest text a number, percentage or date cell accepts. */
    static final int MAX_VALUE_LENGTH = 200;

    private CellParser() {
    }

    public static ParsedCell parse(String raw, ColumnType type) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            return ParsedCell.ok(CellValue.BLANK);
        }
        if (type == ColumnType.TEXT || type == ColumnType.CHOICE || type == ColumnType.SERIAL) {
            return ParsedCell.ok(new CellValue(CellKind.TEXT, raw, null, null, null, null));
        }
        if (text.length() > MAX_VALUE_LENGTH) {
            // No number, percentage or date is this long; refusing early also keeps the regular expressions cheap.
            return ParsedCell.withProblem(CellValue.text(raw), Problem.error("cell.error.tooLong", MAX_VALUE_LENGTH));
        }
        if (NONE_MARKS.contains(text)) {
            return ParsedCell.ok(new CellValue(CellKind.NONE, raw, null, null, null, null));
        }
        if (NOT_APPLICABLE.contains(canonicalWords(text).toLowerCase(java.util.Locale.ROOT))) {
            return ParsedCell.ok(new CellValue(CellKind.NOT_APPLICABLE, raw, null, null, null, null));
        }
        try {
            Optional<CellValue> value = understand(raw, BengaliDigits.toAscii(text), type);
            if (value.isPresent()) {
                return ParsedCell.ok(value.get());
            }
        } catch (DateTimeException e) {
            return ParsedCell.withProblem(CellValue.text(raw), Problem.error("cell.error.noSuchDate", raw.strip()));
        }
        return ParsedCell.withProblem(CellValue.text(raw), Problem.error(expectationKey(type), raw.strip()));
    }

    private static Optional<CellValue> understand(String raw, String ascii, ColumnType type) {
        Matcher m = PERCENT.matcher(ascii);
        if (m.matches() && type != ColumnType.DATE) {
            return Optional.of(new CellValue(CellKind.PERCENT, raw, number(m.group(1)), null, null, null));
        }
        if (NUMBER.matcher(ascii).matches() && type != ColumnType.DATE) {
            CellKind kind = type == ColumnType.PERCENT ? CellKind.PERCENT : CellKind.NUMBER;
            return Optional.of(new CellValue(kind, raw, number(ascii), null, null, null));
        }
        if (type != ColumnType.NUMBER && type != ColumnType.PERCENT) {
            Optional<CellValue> date = date(raw, ascii);
            if (date.isPresent()) {
                return date;
            }
        }
        if (type == ColumnType.VALUE || type == ColumnType.NUMBER) {
            return numberWithExtras(raw, ascii);
        }
        return Optional.empty();
    }

    private static Optional<CellValue> date(String raw, String ascii) {
        Optional<LocalDate> single = BengaliDates.parse(ascii);
        if (single.isPresent()) {
            return Optional.of(new CellValue(CellKind.DATE, raw, null, single.get(), null, null));
        }
        Matcher r = RANGE.matcher(ascii);
        if (r.matches()) {
            Optional<LocalDate> from = BengaliDates.parse(r.group(1));
            Optional<LocalDate> to = BengaliDates.parse(r.group(2));
            if (from.isPresent() && to.isPresent()) {
                if (to.get().isBefore(from.get())) {
                    throw new DateTimeException("range ends before it starts");
                }
                return Optional.of(new CellValue(CellKind.DATE_RANGE, raw, null, from.get(), to.get(), null));
            }
        }
        return Optional.empty();
    }

    /** "০৩ ৩০/০৬/২২" (count with deadline) and "৪০জন", "১.৯৫ কোটি টাকা" (number with unit word). */
    private static Optional<CellValue> numberWithExtras(String raw, String ascii) {
        Matcher withDate = NUMBER_WITH_DATE.matcher(ascii);
        if (withDate.matches()) {
            Optional<LocalDate> deadline = BengaliDates.parse(withDate.group(2));
            if (deadline.isPresent()) {
                return Optional.of(new CellValue(CellKind.NUMBER, raw, number(withDate.group(1)), deadline.get(), null, null));
            }
        }
        Matcher withUnit = NUMBER_WITH_UNIT.matcher(ascii);
        // "১৫ই ফেব্রুয়ারির মধ্যে" is a day without a year, not the number 15 with a unit word.
        if (withUnit.matches() && !BengaliDates.startsWithMonth(DAY_SUFFIX.matcher(withUnit.group(2)).replaceFirst(""))) {
            return Optional.of(new CellValue(CellKind.NUMBER, raw, number(withUnit.group(1)), null, null, withUnit.group(2).strip()));
        }
        return Optional.empty();
    }

    /**
     * The same words however the keyboard produced them: NFC (so য় typed as U+09DF equals য + nukta, the form the
     * templates use) and single spaces.
     */
    static String canonicalWords(String s) {
        return Whitespace.collapse(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC)).strip();
    }

    static BigDecimal number(String ascii) {
        String s = ascii.strip();
        if (DECIMAL_COMMA.matcher(s).matches()) {
            s = s.replace(',', '.');
        } else {
            s = s.replace(",", "");
        }
        return new BigDecimal(s);
    }

    private static String expectationKey(ColumnType type) {
        return switch (type) {
            case NUMBER -> "cell.error.notNumber";
            case PERCENT -> "cell.error.notPercent";
            case DATE -> "cell.error.notDate";
            default -> "cell.error.notValue";
        };
    }
}
