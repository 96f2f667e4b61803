package org.lokkho.pdf.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lokkho.pdf.text.TextShaper;

/**
 * Collects, while a table's cells are built once without wrapping, the widest unbreakable token of every column
 * (and of every cell spanning several columns), measured shaped in 1/1000 em. A token is what {@link LineBreaker}
 * never breaks at: the text between spaces and line ends ("১১.৯০", "২০২১-২২", "(১০০%)", "কর্মসম্পাদনের").
 */
final class MinContent {
    private final TextShaper shaper;
    private final float[] header;
    private final float[] body;
    private final Map<Long, Float> spans = new LinkedHashMap<>();
    private final Map<String, Float> regular = new HashMap<>();
    private final Map<String, Float> bold = new HashMap<>();

    MinContent(TextShaper shaper, int columnCount) {
        this.shaper = shaper;
        this.header = new float[columnCount];
        this.body = new float[columnCount];
    }

    /** @param isHeader a cell of the table header: its words (not its numbers) may be cut before a body cell's */
    void add(int first, int last, String text, boolean isBold, boolean isHeader) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (String token : tokens(text)) {
            addToken(first, last, token, isBold, isHeader);
        }
    }

    /**
     * The non-empty pieces {@code text.split("[ \\r\\n]+")} gives, found without a regular expression: split
     * compiled its pattern again for every cell of the measuring pass (a 20-page report has thousands).
     */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int end = 0;
        while (true) {
            int start = end;
            while (start < text.length() && isSeparator(text.charAt(start))) {
                start++;
            }
            if (start == text.length()) {
                return out;
            }
            end = start + 1;
            while (end < text.length() && !isSeparator(text.charAt(end))) {
                end++;
            }
            out.add(text.substring(start, end));
        }
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\r' || c == '\n';
    }

    private void addToken(int first, int last, String token, boolean isBold, boolean isHeader) {
        float w = advance(token, isBold);
        if (first != last) {
            spans.merge(((long) first << 32) | last, w, Math::max);
        } else if (isHeader && !hasDigit(token)) {
            header[first] = Math.max(header[first], w);
        } else {
            // Numbers, dates and percentages are never cut, in the header ("২০২১-২২", "(১০০%)") or not.
            body[first] = Math.max(body[first], w);
        }
    }

    static boolean hasDigit(String token) {
        for (int i = 0; i < token.length(); ) {
            int cp = token.codePointAt(i);
            if (Character.isDigit(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    float[] header() {
        return header.clone();
    }

    float[] body() {
        return body.clone();
    }

    List<ColumnWidths.Span> spans() {
        List<ColumnWidths.Span> out = new ArrayList<>();
        spans.forEach((k, w) -> out.add(new ColumnWidths.Span((int) (k >>> 32), (int) (long) k, w)));
        return out;
    }

    private float advance(String token, boolean isBold) {
        Map<String, Float> cache = isBold ? bold : regular;
        Float w = cache.get(token);
        if (w == null) {
            w = shaper.shape(token, isBold).advance();
            cache.put(token, w);
        }
        return w;
    }
}
