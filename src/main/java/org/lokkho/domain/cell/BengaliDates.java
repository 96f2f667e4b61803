package org.lokkho.domain.cell;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lokkho.domain.text.BengaliDigits;

/**
 * Dates as the forms write them: ৩১.৭.১৭, ৩০/০৬/২২, ৩০-০৬-২০২২, ০৭/০৭/২২খ্রিঃ, ১ জুলাই, ২০২৩, 27 January 2020.
 * Input is normalised to ASCII digits before matching.
 */
public final class BengaliDates {
    public static final List<String> MONTHS_BN = List.of("জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন",
            "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর");
    private static final List<String> MONTHS_EN = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");

    /** Era suffixes and the "তারিখ" label that the forms put around dates. */
    private static final Pattern DECORATION = Pattern.compile("^(তারিখ[:ঃ]?\\s*)|(\\s*খ্রি(স্টাব্দ|ঃ|\\.|:)?\\s*)$");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{2}|\\d{4})");
    /** Punctuation after a month name ("জুন," "জুন।"); compiled once, as the other patterns. */
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,.।]+$");
    private static final Pattern WORDS = Pattern.compile("(\\d{1,2})(?:ই|লা|শে)?\\s+([\\p{L}\\p{M}]+),?\\s+(\\d{4})");

    private BengaliDates() {
    }

    /** Strips "তারিখ" before and "খ্রিঃ" after a date. */
    public static String undecorate(String s) {
        String t = s.trim();
        String before;
        do {
            before = t;
            t = DECORATION.matcher(t).replaceAll("").trim();
        } while (!t.equals(before));
        return t;
    }

    /**
     * Parses one date. Empty when the text is not shaped like a date at all;
     * throws {@link DateTimeException} when it is shaped like one but does not exist (৩১/০২/২২).
     */
    public static Optional<LocalDate> parse(String text) {
        String s = BengaliDigits.toAscii(undecorate(CellParser.canonicalWords(text)));
        Matcher m = NUMERIC.matcher(s);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(4));
            if (m.group(4).length() == 2) {
                year += 2000;
            }
            return Optional.of(LocalDate.of(year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1))));
        }
        m = WORDS.matcher(s);
        if (m.matches()) {
            int month = monthNumber(m.group(2));
            if (month > 0) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1))));
            }
        }
        return Optional.empty();
    }

    /** 1-based month for a Bengali or English month name (or a 3-letter English abbreviation); 0 if unknown. */
    public static int monthNumber(String name) {
        int i = MONTHS_BN.indexOf(CellParser.canonicalWords(name));
        if (i >= 0) {
            return i + 1;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (int k = 0; k < MONTHS_EN.size(); k++) {
            if (MONTHS_EN.get(k).equals(lower) || (lower.length() == 3 && MONTHS_EN.get(k).startsWith(lower))) {
                return k + 1;
            }
        }
        return 0;
    }

    /**
     * True when the text starts with a month name, possibly inflected: "ফেব্রুয়ারির মধ্যে", "জুনের", "March".
     * Whole words only, so "মেট্রিক টন" is not the month মে.
     */
    public static boolean startsWithMonth(String text) {
        String t = CellParser.canonicalWords(text);
        String first = t.isEmpty() ? "" : TRAILING_PUNCTUATION.matcher(t.split(" ")[0]).replaceAll("");
        if (monthNumber(first) > 0) {
            return true;
        }
        for (String suffix : List.of("ের", "র", "ে")) {
            if (first.endsWith(suffix) && MONTHS_BN.contains(first.substring(0, first.length() - suffix.length()))) {
                return true;
            }
        }
        return false;
    }

    /** The form's usual short style: ৩০/০৬/২০২২. */
    public static String format(LocalDate d) {
        return BengaliDigits.toBengali(String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear()));
    }

    /** The long style of covers and letters: ১ জুলাই, ২০২৩. */
    public static String formatLong(LocalDate d) {
        return BengaliDigits.toBengali(d.getDayOfMonth() + " " + MONTHS_BN.get(d.getMonthValue() - 1) + ", " + d.getYear());
    }
}
