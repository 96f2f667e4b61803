package org.lokkho.pdf.text;

import org.lokkho.pdf.font.FontFace;

/**
 * A piece of text in one font, shaped: glyph ids with their pen positions (x along the line, y offset,
 * HarfBuzz convention: positive is up), all in 1/1000 em, and the run's total advance. {@code text} is the
 * exact Unicode the glyphs stand for (written as /ActualText).
 */
public record ShapedRun(FontFace face, String text, int[] glyphs, float[] x, float[] y, float advance) {

    public int size() {
        return glyphs.length;
    }

    /** Width in points at the given font size. */
    public float width(float fontSize) {
        return advance * fontSize / 1000f;
    }

    /** This run followed by {@code next} (same face), positions of {@code next} moved by this run's advance. */
    ShapedRun append(ShapedRun next) {
        int n = glyphs.length;
        int m = next.glyphs.length;
        int[] g = java.util.Arrays.copyOf(glyphs, n + m);
        float[] xs = java.util.Arrays.copyOf(x, n + m);
        float[] ys = java.util.Arrays.copyOf(y, n + m);
        for (int i = 0; i < m; i++) {
            g[n + i] = next.glyphs[i];
            xs[n + i] = next.x[i] + advance;
            ys[n + i] = next.y[i];
        }
        return new ShapedRun(face, text + next.text, g, xs, ys, advance + next.advance);
    }
}
