package org.lokkho.ui.text;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.lokkho.domain.text.ClusterBreaks;

/**
 * Breaks text into lines that fit a width, by measuring whole words. JavaFX's own wrapping of shaped Bengali text
 * is broken on Linux (Pango): each wrapped line draws on to the end of the paragraph, past the control's edge. So
 * table cells, headers and {@link WrappingLabel}s are given explicit line breaks instead and shown unwrapped
 * (ADR 0007).
 */
public final class LineBreaker {
    private static final int CACHE = 4000;
    private static final Map<String, String> CACHED = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> e) {
            return size() > CACHE;
        }
    };
    private static final Text PROBE = new Text();

    private LineBreaker() {
    }

    public static String breakLines(String text, Font font, double width) {
        if (text == null || text.isEmpty() || width <= 0) {
            return text == null ? "" : text;
        }
        String key = font.getName() + '|' + font.getSize() + '|' + Math.round(width) + '|' + text;
        String cached = CACHED.get(key);
        if (cached != null) {
            return cached;
        }
        StringBuilder out = new StringBuilder();
        String[] paragraphs = text.split("\n", -1);
        for (int p = 0; p < paragraphs.length; p++) {
            if (p > 0) {
                out.append('\n');
            }
            breakParagraph(paragraphs[p], font, width, out);
        }
        String result = out.toString();
        CACHED.put(key, result);
        return result;
    }

    private static void breakParagraph(String paragraph, Font font, double width, StringBuilder out) {
        String[] words = paragraph.split(" ");
        StringBuilder line = new StringBuilder();
        for (String rawWord : words) {
            String word = splitLongWord(rawWord, font, width);
            int lastBreak = word.lastIndexOf('\n');
            if (lastBreak >= 0) {
                if (line.length() > 0) {
                    out.append(line).append('\n');
                }
                out.append(word, 0, lastBreak + 1);
                line.setLength(0);
                line.append(word.substring(lastBreak + 1));
                continue;
            }
            if (line.length() == 0) {
                line.append(word);
            } else if (measure(line + " " + word, font) <= width) {
                line.append(' ').append(word);
            } else {
                out.append(line).append('\n');
                line.setLength(0);
                line.append(word);
            }
        }
        out.append(line);
    }

    /** Shorter words (a fiscal year "২০২১-২০২২") overflow a little rather than break in the middle. */
    private static final int SPLITTABLE_LENGTH = 15;

    /**
     * A long word wider than the column (an e-mail address, a URL, "জুলাই-সেপ্টেম্বর") is split: after a hyphen or
     * slash where one fits, else between syllables, never before a vowel sign or inside a conjunct
     * ({@link ClusterBreaks}).
     */
    static String splitLongWord(String word, Font font, double width) {
        if (word.length() < SPLITTABLE_LENGTH || measure(word, font) <= width) {
            return word;
        }
        StringBuilder out = new StringBuilder();
        int start = 0;
        int lastFit = -1;
        int lastPreferred = -1;
        for (int end = start + 1; end <= word.length(); end++) {
            if (end < word.length() && !ClusterBreaks.canBreakBefore(word, end)) {
                continue;
            }
            if (measure(word.substring(start, end), font) > width && lastFit > start) {
                int cut = lastPreferred > start ? lastPreferred : lastFit;
                out.append(word, start, cut).append('\n');
                start = cut;
                lastPreferred = -1;
            }
            lastFit = end;
            if (end < word.length() && ClusterBreaks.isPreferredBreak(word, end)) {
                lastPreferred = end;
            }
        }
        out.append(word.substring(start));
        return out.toString();
    }

    static double measure(String s, Font font) {
        PROBE.setFont(font);
        PROBE.setText(s);
        return PROBE.getLayoutBounds().getWidth();
    }
}
