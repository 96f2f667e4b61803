package org.lokkho.domain.text;

import java.util.regex.Pattern;

/**
 * {@code s.replaceAll("\\s+", " ")}, for the words of cells and units that are compared as typed on any keyboard.
 * Why not replaceAll itself: it compiles its pattern on every call, and reading and scoring a stored 20-page
 * report calls this for thousands of cells; most hold no whitespace but single spaces, which this returns as they
 * are without matching anything.
 */
public final class Whitespace {
    private static final Pattern RUNS = Pattern.compile("\\s+");

    private Whitespace() {
    }

    /** Every run of regex whitespace (space, tab, line feed, vertical tab, form feed, carriage return) as one space. */
    public static String collapse(String s) {
        return needsCollapsing(s) ? RUNS.matcher(s).replaceAll(" ") : s;
    }

    /** Whether the pattern would change the text: a whitespace character other than a lone space. */
    private static boolean needsCollapsing(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                    || (c == ' ' && i + 1 < s.length() && s.charAt(i + 1) == ' ')) {
                return true;
            }
        }
        return false;
    }
}
