package org.lokkho.pdf.layout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a line or an ellipsis may cut Bengali text, judged independently of the renderer's own rule. */
public final class CorpusLineBreakTestSupport {
    private static final Pattern CLUSTER = Pattern.compile("\\X");

    private CorpusLineBreakTestSupport() {
    }

    /**
     * True when {@code at} starts an extended grapheme cluster (regex {@code \X}: never before a vowel sign, nukta,
     * joiner…) and does not follow a hasanta (with or without ZWJ), where the next consonant joins the conjunct.
     */
    public static boolean boundary(String text, int at) {
        boolean clusterStart = false;
        Matcher m = CLUSTER.matcher(text);
        while (m.find()) {
            if (m.start() == at) {
                clusterStart = true;
                break;
            }
        }
        char before = text.charAt(at - 1);
        boolean afterHasanta = before == '\u09CD' || (before == '\u200D' && at >= 2 && text.charAt(at - 2) == '\u09CD');
        return clusterStart && !afterHasanta;
    }
}
