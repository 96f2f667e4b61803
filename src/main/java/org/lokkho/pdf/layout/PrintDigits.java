package org.lokkho.pdf.layout;

import java.util.Locale;
import org.lokkho.domain.text.BengaliDigits;

/**
 * The digits of every number the renderer makes itself (page numbers, column and row numbering, scores, totals,
 * chart labels, fiscal years, computed dates): Bengali in a Bengali PDF, ASCII in an English one. What the officer
 * typed into a cell is never passed through here: it is printed as typed.
 */
public enum PrintDigits {
    BENGALI,
    ASCII;

    /** ASCII digits for English, Bengali digits for every other language (the forms are Bengali first). */
    public static PrintDigits of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ASCII : BENGALI;
    }

    /** The text with every digit (of either set) in this print language's digits; null stays null. */
    public String apply(String text) {
        return this == ASCII ? BengaliDigits.toAscii(text) : BengaliDigits.toBengali(text);
    }

    public String format(long n) {
        return apply(Long.toString(n));
    }
}
