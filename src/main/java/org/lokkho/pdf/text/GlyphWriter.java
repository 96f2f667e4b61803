package org.lokkho.pdf.text;

import java.util.function.Function;
import org.lokkho.pdf.font.FontFace;

/**
 * Writes shaped glyphs into a content stream as raw {@code TJ} arrays of two-byte codes, horizontal placement as
 * TJ adjustments and mark offsets with {@code Ts}. The codes come from the {@link GlyphSink}: a cluster's first glyph
 * reads as the cluster's text through ToUnicode, its other glyphs as nothing ({@link RunCodes}), so readers that go
 * by ToUnicode (PDFBox's PDFTextStripper, pdf.js) get the exact Unicode in logical order. Each word is also wrapped
 * in an inline {@code /Span <</ActualText …>> BDC … EMC} for readers that prefer that (pdftotext, Acrobat); spaces
 * between words are drawn outside the spans and read as spaces.
 */
public final class GlyphWriter {
    /** Hands out the codes for each run drawn, and so learns what the font subsets must hold. */
    public interface GlyphSink {
        RunCodes codes(ShapedRun run);
    }

    private GlyphWriter() {
    }

    /**
     * @param fontNames resource name (without slash) of each face on the page
     * @param x         left end of the line, points
     * @param baseline  baseline, points from the page bottom
     */
    public static void write(ContentBuffer out, ShapedText line, float x, float baseline, float size,
                             Function<FontFace, String> fontNames, GlyphSink sink) {
        float runX = x;
        for (ShapedRun run : line.runs()) {
            writeRun(out, run, runX, baseline, size, fontNames.apply(run.face()), sink);
            runX += run.width(size);
        }
    }

    static void writeRun(ContentBuffer out, ShapedRun run, float x, float baseline, float size, String fontName, GlyphSink sink) {
        if (run.size() == 0 && run.text().isEmpty()) {
            return;
        }
        out.append("BT /").append(fontName).append(' ').number(size).append(" Tf 1 0 0 1 ")
                .number(x).append(' ').number(baseline).append(" Tm\n");
        RunCodes codes = sink.codes(run);
        Pen pen = new Pen();
        int n = run.size();
        if (n == 0) {
            // Only characters without a glyph (a lone ZWSP): nothing to draw, the span still carries the text.
            span(out, run.text());
            out.append("EMC\n");
        }
        for (int start = 0; start < n; ) {
            boolean space = isSpace(run, start);
            int end = start;
            while (end < n && isSpace(run, end) == space) {
                end = run.clusterEnd(end);
            }
            // One /ActualText span per word: poppler makes each span one word (its box from the first glyph to
            // the last glyph's end), so a span per run would give a whole line as one "word".
            if (!space) {
                span(out, run.text().substring(run.clusters()[start], end < n ? run.clusters()[end] : run.text().length()));
            }
            out.append('[');
            for (int i = start; i < end; i++) {
                pen.draw(out, run, i, codes, size);
            }
            out.append("] TJ");
            out.append(space ? "\n" : " EMC\n");
            start = end;
        }
        if (pen.rise != 0) {
            out.append("0 Ts ");
        }
        out.append("ET\n");
    }

    private static void span(ContentBuffer out, String text) {
        out.append("/Span <</ActualText <FEFF");
        hexUtf16(out, text);
        out.append(">>> BDC ");
    }

    /** True when the cluster starting at glyph {@code i} is a space (spaces are shaped apart from words). */
    private static boolean isSpace(ShapedRun run, int i) {
        return run.text().charAt(run.clusters()[i]) == ' ';
    }

    /** Where the viewer's pen is inside the current TJ array (1/1000 em from the run's start) and the text rise. */
    private static final class Pen {
        float x;
        float rise;

        void draw(ContentBuffer out, ShapedRun run, int i, RunCodes codes, float size) {
            float y = run.y()[i];
            if (y != rise) {
                out.append("] TJ ").number(y * size / 1000f).append(" Ts [");
                rise = y;
            }
            float adjust = x - run.x()[i];
            if (Math.abs(adjust) > 0.01f) {
                out.append(' ').number(adjust).append(' ');
            }
            out.append('<').hex4(codes.codes()[i]).append('>');
            x = run.x()[i] + codes.advances()[i];
        }
    }

    private static void hexUtf16(ContentBuffer out, String s) {
        for (int i = 0; i < s.length(); i++) {
            out.hex4(s.charAt(i));
        }
    }
}
