package org.lokkho.pdf.text;

import java.util.function.Function;
import org.lokkho.pdf.font.FontFace;

/**
 * Writes shaped glyph ids into a content stream as raw {@code TJ} arrays of hex CIDs (Identity-H: CID = glyph id),
 * horizontal placement as TJ adjustments and mark offsets with {@code Ts}. Each run is wrapped in an inline
 * {@code /Span <</ActualText …>> BDC … EMC} so copy/paste and search (pdftotext, PDFBox) give back the exact Unicode.
 */
public final class GlyphWriter {
    /** Receives every glyph drawn, so the font subset includes it. */
    public interface GlyphSink {
        void used(FontFace face, int glyphId);
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
        FontFace face = run.face();
        out.append("/Span <</ActualText <FEFF");
        hexUtf16(out, run.text());
        out.append(">>> BDC\nBT /").append(fontName).append(' ').number(size).append(" Tf 1 0 0 1 ")
                .number(x).append(' ').number(baseline).append(" Tm [");
        float pen = 0;
        if (!anyMapped(run)) {
            // PDFBox's extractor drops a span whose glyphs all lack Unicode (a lone conjunct such as ক্ষ);
            // one mapped glyph, drawn and then stepped back over, anchors it.
            int space = face.spaceGlyph();
            hexGlyph(out, space);
            sink.used(face, space);
            pen = face.advance(space);
        }
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
            int g = run.glyphs()[i];
            hexGlyph(out, g);
            sink.used(face, g);
            pen = run.x()[i] + face.advance(g);
        }
        out.append("] TJ");
        if (rise != 0) {
            out.append(" 0 Ts");
        }
        out.append(" ET\nEMC\n");
    }

    private static boolean anyMapped(ShapedRun run) {
        for (int g : run.glyphs()) {
            if (run.face().hasUnicode(g)) {
                return true;
            }
        }
        return false;
    }

    private static void hexGlyph(ContentBuffer out, int g) {
        out.append('<').hex4(g).append('>');
    }

    private static void hexUtf16(ContentBuffer out, String s) {
        for (int i = 0; i < s.length(); i++) {
            out.hex4(s.charAt(i));
        }
    }
}
