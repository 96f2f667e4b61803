package org.lokkho.pdf.layout;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lokkho.domain.text.ClusterBreaks;
import org.lokkho.pdf.font.FontFace;
import org.lokkho.pdf.text.ShapedText;
import org.lokkho.pdf.text.TextShaper;

/**
 * Breaks text into lines by shaped widths (code-point widths are ~30 % off for Bengali). Breaks at spaces;
 * a single word wider than the line is broken between grapheme clusters so nothing is cut off.
 */
public final class LineBreaker {
    private final TextShaper shaper;
    /** Per document (one breaker per export), so memory is freed with the document. */
    private final Map<WrapKey, List<ShapedText>> wrapped = new HashMap<>();

    public LineBreaker(TextShaper shaper) {
        this.shaper = shaper;
    }

    public List<ShapedText> wrap(String text, boolean bold, float size, float maxWidth) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        // A document repeats the same cell in the same column (লক্ষ্যমাত্রা, অর্জন, ১, সংখ্যা …): wrap it once.
        WrapKey key = new WrapKey(text, bold, size, maxWidth);
        List<ShapedText> cached = wrapped.get(key);
        if (cached == null) {
            cached = List.copyOf(wrapText(text, bold, size, maxWidth));
            wrapped.put(key, cached);
        }
        return cached;
    }

    private List<ShapedText> wrapText(String text, boolean bold, float size, float maxWidth) {
        // A tab pasted into a cell is a word gap: the JDK's shaper gives it no width (hb-shape a .notdef), so
        // "ক\tখ" would print as "কখ". Unicode line and paragraph separators end a line like a line feed.
        text = text.replace('\t', ' ').replace('\u2028', '\n').replace('\u2029', '\n');
        List<ShapedText> lines = new ArrayList<>();
        float limit = maxWidth * 1000f / size; // in 1/1000 em, the shaper's unit
        if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            wrapParagraph(text.strip(), bold, limit, lines);
        } else {
            for (String paragraph : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
                wrapParagraph(paragraph.strip(), bold, limit, lines);
            }
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /**
     * Greedy filling, as if each candidate line "current + ' ' + word" were shaped whole and measured, but
     * computed from cached word advances: a word's advance depends only on the face its leading neutral
     * characters inherit, and a space's on the face before it, so the sum is the shaped line's advance.
     * Where that inheritance is not yet known (a line that so far has only neutral characters such as "100")
     * or the sum lands within rounding of the limit, the candidate is shaped whole, so the result is the same.
     */
    private void wrapParagraph(String paragraph, boolean bold, float limit, List<ShapedText> lines) {
        if (paragraph.isEmpty()) {
            lines.add(ShapedText.EMPTY);
            return;
        }
        StringBuilder current = new StringBuilder();
        float advance = 0;
        FontFace last = null; // face of the line's last strong character so far
        int length = paragraph.length();
        int i = 0;
        while (i < length) {
            while (i < length && paragraph.charAt(i) == ' ') {
                i++;
            }
            int end = i;
            while (end < length && paragraph.charAt(end) != ' ') {
                end++;
            }
            if (end == i) {
                break;
            }
            String word = paragraph.substring(i, end);
            i = end;
            if (current.length() > 0) {
                float candidate;
                if (last == null) {
                    candidate = shaper.shape(current + " " + word, bold).advance();
                } else {
                    candidate = advance + shaper.shapeWord(last, " ").advance() + shaper.wordAdvance(word, bold, last);
                    if (Math.abs(candidate - limit) < 1f) {
                        candidate = shaper.shape(current + " " + word, bold).advance();
                    }
                }
                if (candidate <= limit) {
                    current.append(' ').append(word);
                    advance = candidate;
                    FontFace wordLast = TextShaper.lastStrongFace(word, bold);
                    last = wordLast != null ? wordLast : last;
                    continue;
                }
                lines.add(shaper.shape(current.toString(), bold));
                current.setLength(0);
            }
            ShapedText alone = shaper.shape(word, bold);
            String start = word;
            if (alone.advance() > limit) {
                start = breakLongWord(word, bold, limit, lines);
                alone = shaper.shape(start, bold);
            }
            current.append(start);
            advance = alone.advance();
            last = TextShaper.lastStrongFace(start, bold);
        }
        if (current.length() > 0) {
            lines.add(shaper.shape(current.toString(), bold));
        }
    }

    /** Emits full lines of a too-long word and returns its last, partial line. */
    private String breakLongWord(String word, boolean bold, float limit, List<ShapedText> lines) {
        BreakIterator clusters = BreakIterator.getCharacterInstance();
        clusters.setText(word);
        int lineStart = 0;
        int lastFit = 0;
        for (int end = clusters.next(); end != BreakIterator.DONE; end = clusters.next()) {
            if (end < word.length() && !breakable(word, end)) {
                continue;
            }
            if (shaper.shape(word.substring(lineStart, end), bold).advance() > limit && lastFit > lineStart) {
                lines.add(shaper.shape(word.substring(lineStart, lastFit), bold));
                lineStart = lastFit;
            }
            lastFit = end;
        }
        return word.substring(lineStart);
    }

    /** Never before a vowel sign or inside a conjunct ({@link ClusterBreaks}). */
    static boolean breakable(String word, int at) {
        return ClusterBreaks.canBreakBefore(word, at);
    }

    /**
     * Written-out equals and hashCode: a record's own go through an invokedynamic bootstrap (ObjectMethods) that a
     * cold JVM links by generating method-handle classes at run time, not from the class-data archive.
     */
    private record WrapKey(String text, boolean bold, float size, float maxWidth) {
        @Override
        public boolean equals(Object o) {
            return o instanceof WrapKey k && text.equals(k.text) && bold == k.bold
                    && Float.compare(size, k.size) == 0 && Float.compare(maxWidth, k.maxWidth) == 0;
        }

        @Override
        public int hashCode() {
            return ((text.hashCode() * 31 + Boolean.hashCode(bold)) * 31 + Float.hashCode(size)) * 31 + Float.hashCode(maxWidth);
        }
    }
}
