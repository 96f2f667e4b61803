package org.lokkho.pdf.layout;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.lokkho.pdf.text.ShapedText;
import org.lokkho.pdf.text.TextShaper;

/**
 * Breaks text into lines by shaped widths (code-point widths are ~30 % off for Bengali). Breaks at spaces;
 * a single word wider than the line is broken between grapheme clusters so nothing is cut off.
 */
public final class LineBreaker {
    private final TextShaper shaper;

    public LineBreaker(TextShaper shaper) {
        this.shaper = shaper;
    }

    public List<ShapedText> wrap(String text, boolean bold, float size, float maxWidth) {
        List<ShapedText> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        float limit = maxWidth * 1000f / size; // in 1/1000 em, the shaper's unit
        for (String paragraph : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            wrapParagraph(paragraph.strip(), bold, limit, lines);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private void wrapParagraph(String paragraph, boolean bold, float limit, List<ShapedText> lines) {
        if (paragraph.isEmpty()) {
            lines.add(ShapedText.EMPTY);
            return;
        }
        String current = null;
        for (String word : paragraph.split(" +")) {
            String candidate = current == null ? word : current + " " + word;
            if (shaper.shape(candidate, bold).advance() <= limit) {
                current = candidate;
                continue;
            }
            if (current != null) {
                lines.add(shaper.shape(current, bold));
            }
            current = word;
            if (shaper.shape(word, bold).advance() > limit) {
                current = breakLongWord(word, bold, limit, lines);
            }
        }
        if (current != null && !current.isEmpty()) {
            lines.add(shaper.shape(current, bold));
        }
    }

    /** Emits full lines of a too-long word and returns its last, partial line. */
    private String breakLongWord(String word, boolean bold, float limit, List<ShapedText> lines) {
        BreakIterator clusters = BreakIterator.getCharacterInstance();
        clusters.setText(word);
        int lineStart = 0;
        int lastFit = 0;
        for (int end = clusters.next(); end != BreakIterator.DONE; end = clusters.next()) {
            if (shaper.shape(word.substring(lineStart, end), bold).advance() > limit && lastFit > lineStart) {
                lines.add(shaper.shape(word.substring(lineStart, lastFit), bold));
                lineStart = lastFit;
            }
            lastFit = end;
        }
        return word.substring(lineStart);
    }
}
