package org.lokkho.ui.table;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Breaks text into lines that fit a width, by measuring whole words. JavaFX's own wrapping of shaped Bengali text
 * (Pango) draws the start of the next word at the end of a wrapped line, so cells and headers are given explicit
 * line breaks instead and shown unwrapped.
 */
final class LineBreaker {
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

    static String breakLines(String text, Font font, double width) {
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
        for (String word : words) {
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

    static double measure(String s, Font font) {
        PROBE.setFont(font);
        PROBE.setText(s);
        return PROBE.getLayoutBounds().getWidth();
    }
}
