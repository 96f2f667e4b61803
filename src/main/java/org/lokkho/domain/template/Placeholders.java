package org.lokkho.domain.template;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lokkho.domain.calendar.FiscalYear;

/**
 * Fills {fy}, {fy-1}, {fy+2}, {fyLong}, {fyLong-1}, {office}, … in template text. Years in headers always come
 * from the document's fiscal year, never from typed text (an old form's headers must not lie).
 */
public final class Placeholders {
    private static final Pattern FY = Pattern.compile("\\{(fy|fyLong|fyStart|fyEnd)([+-]\\d)?}");
    private static final Pattern NAMED = Pattern.compile("\\{([a-zA-Z.]+)}");

    private Placeholders() {
    }

    public static String fill(String text, FiscalYear fy, Map<String, String> values) {
        return fill(text, fy, values, java.util.function.UnaryOperator.identity());
    }

    /**
     * As {@link #fill(String, FiscalYear, Map)}, with the years passed through {@code yearDigits} (an English print
     * writes them in ASCII digits); the named values are left exactly as given.
     */
    public static String fill(String text, FiscalYear fy, Map<String, String> values,
                              java.util.function.UnaryOperator<String> yearDigits) {
        if (text == null || text.indexOf('{') < 0) {
            return text;
        }
        String out = text;
        if (fy != null) {
            Matcher m = FY.matcher(out);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                FiscalYear y = fy.plus(m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
                String r = switch (m.group(1)) {
                    case "fy" -> y.shortLabel();
                    case "fyLong" -> y.longLabel();
                    case "fyStart" -> org.lokkho.domain.text.BengaliDigits.format(y.startYear());
                    default -> org.lokkho.domain.text.BengaliDigits.format(y.startYear() + 1L);
                };
                m.appendReplacement(sb, Matcher.quoteReplacement(yearDigits.apply(r)));
            }
            m.appendTail(sb);
            out = sb.toString();
        }
        Matcher n = NAMED.matcher(out);
        StringBuilder sb = new StringBuilder();
        while (n.find()) {
            String v = values.get(n.group(1));
            n.appendReplacement(sb, Matcher.quoteReplacement(v == null ? n.group() : v));
        }
        n.appendTail(sb);
        return sb.toString();
    }
}
