package org.lokkho.domain.text;

/**
 * Where a word may be cut when it must be (it is wider than its column): between Bengali syllables, never inside
 * one. Java 17's character BreakIterator follows the legacy grapheme rules, which split a spacing vowel sign from
 * its consonant ("সেপ্ট" + "েম্বর") and a conjunct after its hasanta; a reader sees a detached vowel sign or a
 * broken conjunct. Shared by the PDF's and the window's line breakers.
 */
public final class ClusterBreaks {
    private static final char HASANTA = '\u09CD';
    private static final char ZWNJ = '\u200C';
    private static final char ZWJ = '\u200D';

    private ClusterBreaks() {
    }

    /** True when {@code word} may be cut before index {@code at} (0 &lt; at &lt; length, on a char boundary). */
    public static boolean canBreakBefore(CharSequence word, int at) {
        if (at <= 0 || at >= word.length() || Character.isLowSurrogate(word.charAt(at))) {
            return false;
        }
        int type = Character.getType(Character.codePointAt(word, at));
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK) {
            return false;
        }
        char before = word.charAt(at - 1);
        char here = word.charAt(at);
        return before != HASANTA && before != ZWJ && here != ZWNJ && here != ZWJ;
    }

    /** True after a hyphen or slash: the place a reader expects a long compound ("জুলাই-সেপ্টেম্বর") to wrap. */
    public static boolean isPreferredBreak(CharSequence word, int at) {
        if (!canBreakBefore(word, at)) {
            return false;
        }
        char before = word.charAt(at - 1);
        return before == '-' || before == '/' || before == '\u2013';
    }
}
