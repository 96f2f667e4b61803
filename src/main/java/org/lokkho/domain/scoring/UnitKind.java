package org.lokkho.domain.scoring;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import org.lokkho.domain.text.Whitespace;

/**
 * What the একক (unit) column says about how an indicator is measured. The list of words is explicit on purpose:
 * "দিন" (days) or "টাকা" per case are lower-is-better or otherwise not proportional, so they are not guessed.
 */
public enum UnitKind {
    /** সংখ্যা, সংখ্যা (লক্ষ), জন, টি …: quarters add up. */
    COUNT,
    /** %: quarters are averaged or the latest value counts. */
    PERCENT,
    /** তারিখ: the completion date counts. */
    DATE,
    /** Blank or a unit the proportional rule does not know. */
    UNKNOWN;

    private static final Set<String> COUNT_WORDS = Set.of("সংখ্যা", "জন", "টি", "টা", "বার", "সভা", "লক্ষ", "কোটি",
            "লক্ষ টাকা", "কোটি টাকা", "number", "count", "nos", "no.");
    private static final Set<String> PERCENT_WORDS = Set.of("%", "শতাংশ", "শতকরা", "percent", "percentage");
    private static final Set<String> DATE_WORDS = Set.of("তারিখ", "date");

    public static UnitKind classify(String unit) {
        if (unit == null) {
            return UNKNOWN;
        }
        String u = canonical(unit);
        if (u.isEmpty()) {
            return UNKNOWN;
        }
        if (PERCENT_WORDS.contains(u)) {
            return PERCENT;
        }
        if (DATE_WORDS.contains(u)) {
            return DATE;
        }
        // "সংখ্যা (লক্ষ)", "সংখ্যা (জন)": a count in some scale.
        if (COUNT_WORDS.contains(u) || u.startsWith("সংখ্যা")) {
            return COUNT;
        }
        return UNKNOWN;
    }

    /** NFC, one space, lower case: the unit as typed on any keyboard. */
    static String canonical(String s) {
        return Whitespace.collapse(Normalizer.normalize(s, Normalizer.Form.NFC)).strip().toLowerCase(Locale.ROOT);
    }
}
