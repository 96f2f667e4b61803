package org.lokkho.pdf.text;

import java.util.Arrays;
import org.lokkho.pdf.font.FontFace;

/**
 * A piece of text in one font, shaped: glyph ids with their pen positions (x along the line, y offset,
 * HarfBuzz convention: positive is up), all in 1/1000 em, and the run's total advance. {@code text} is the
 * exact Unicode the glyphs stand for (written as /ActualText).
 *
 * <p>{@code clusters} gives, for each glyph, the offset in {@code text} where its cluster starts (HarfBuzz's
 * cluster value): glyphs of one cluster are adjacent and share the value, and the values never decrease. A
 * cluster is the smallest piece of text that maps to whole glyphs (ক্ষে is one cluster of two glyphs, drawn
 * ে first); the text layer maps each cluster's text to its first glyph.
 */
public record ShapedRun(FontFace face, String text, int[] glyphs, float[] x, float[] y, int[] clusters, float advance) {

    public ShapedRun {
        if (x.length != glyphs.length || y.length != glyphs.length || clusters.length != glyphs.length) {
            throw new IllegalArgumentException("one x, y and cluster per glyph");
        }
    }

    public int size() {
        return glyphs.length;
    }

    /** Width in points at the given font size. */
    public float width(float fontSize) {
        return advance * fontSize / 1000f;
    }

    /** Index of the first glyph after the cluster that glyph {@code i} belongs to ({@link #size()} at the end). */
    public int clusterEnd(int i) {
        int j = i + 1;
        while (j < glyphs.length && clusters[j] == clusters[i]) {
            j++;
        }
        return j;
    }

    /** The text of the cluster that starts at glyph {@code i} and ends before glyph {@code end}. */
    public String clusterText(int i, int end) {
        return text.substring(clusters[i], end < glyphs.length ? clusters[end] : text.length());
    }

    /** This run followed by {@code next} (same face), positions of {@code next} moved by this run's advance. */
    ShapedRun append(ShapedRun next) {
        int n = glyphs.length;
        int m = next.glyphs.length;
        int[] g = Arrays.copyOf(glyphs, n + m);
        float[] xs = Arrays.copyOf(x, n + m);
        float[] ys = Arrays.copyOf(y, n + m);
        int[] cs = Arrays.copyOf(clusters, n + m);
        int shift = text.length();
        for (int i = 0; i < m; i++) {
            g[n + i] = next.glyphs[i];
            xs[n + i] = next.x[i] + advance;
            ys[n + i] = next.y[i];
            cs[n + i] = next.clusters[i] + shift;
        }
        return new ShapedRun(face, text + next.text, g, xs, ys, cs, advance + next.advance);
    }
}
