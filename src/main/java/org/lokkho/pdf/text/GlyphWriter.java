package org.lokkho.pdf.text;

import java.util.function.Function;
import org.lokkho.pdf.font.FontFace;

/**
 * Writes shaped glyphs into a content stream as raw {@code TJ} arrays of two-byte codes, horizontal placement as
 * TJ adjustments and mark offsets with {@code Ts}. The codes come from the {@link GlyphSink}: a cluster's first glyph
 * reads as the cluster's text through ToUnicode, its other glyphs as nothing ({@link RunCodes}), so readers that go
 * by ToUnicode (PDFBox's PDFTextStripper, pdf.js) get the exact Unicode in logical order. Each run is also wrapped in
 * an inline {@code /Span <</ActualText …>> BDC … EMC} for readers that prefer that (pdftotext, Acrobat).
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
        out.append("/Span <</ActualText <FEFF");
        hexUtf16(out, run.text());
        out.append(">>> BDC\nBT /").append(fontName).append(' ').number(size).append(" Tf 1 0 0 1 ")
                .number(x).append(' ').number(baseline).append(" Tm [");
        RunCodes codes = sink.codes(run);
        float pen = 0;
        float rise = 0;
        for (int i = 0; i < run.size(); i++) {
            float y = run.y()[i];
            if (y != rise) {
                out.append("] TJ ").number(y * size / 1000f).append(" Ts [");
                rise = y;
            }
            float adjust = pen - run.x()[i];
            if (Math.abs(adjust) > 0.01f) {
                out.append(' ').number(adjust).append(' ');
            }
            out.append('<').hex4(codes.codes()[i]).append('>');
            pen = run.x()[i] + codes.advances()[i];
        }
        out.append("] TJ");
        if (rise != 0) {
            out.append(" 0 Ts");
        }
        out.append(" ET\nEMC\n");
    }

    private static void hexUtf16(ContentBuffer out, String s) {
        for (int i = 0; i < s.length(); i++) {
            out.hex4(s.charAt(i));
        }
    }
}
