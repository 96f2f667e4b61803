package org.lokkho.pdf.text;

import java.util.List;

/** A line's worth of shaped runs, left to right, and the text they stand for. */
public record ShapedText(String text, List<ShapedRun> runs, float advance) {
    public static final ShapedText EMPTY = new ShapedText("", List.of(), 0);

    public ShapedText {
        runs = List.copyOf(runs);
    }

    public float width(float fontSize) {
        return advance * fontSize / 1000f;
    }

    public boolean isEmpty() {
        return runs.isEmpty();
    }
}
