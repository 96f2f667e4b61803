package org.lokkho.pdf.text;

import java.util.function.Function;
import org.lokkho.pdf.font.FontFace;

/**
 * Writes shaped glyph ids into a content stream as raw {@code TJ} arrays of hex CIDs (Identity-H: CID = glyph id),
 * horizontal placement as TJ adjustments and mark offsets with {@code Ts}. Each run is wrapped in an inline
 * {@code /Span <</ActualText …>> BDC … EMC} so copy/paste and search (pdftotext, PDFBox) give back the exact Unicode.
 */
public final class GlyphWriter {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

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
    public static void write(StringBuilder out, ShapedText line, float x, float baseline, float size,
                             Function<FontFace, String> fontNames, GlyphSink sink) {
        float runX = x;
        for (ShapedRun run : line.runs()) {
            writeRun(out, run, runX, baseline, size, fontNames.apply(run.face()), sink);
            runX += run.width(size);
        }
    }

    static void writeRun(StringBuilder out, ShapedRun run, float x, float baseline, float size, String fontName, GlyphSink sink) {
        if (run.size() == 0 && run.text().isEmpty()) {
            return;
        }
        FontFace face = run.face();
        out.append("/Span <</ActualText <FEFF");
        hexUtf16(out, run.text());
        out.append(">>> BDC\nBT /").append(fontName).append(' ');
        PdfNumbers.append(out, size);
        out.append(" Tf 1 0 0 1 ");
        PdfNumbers.append(out, x);
        out.append(' ');
        PdfNumbers.append(out, baseline);
        out.append(" Tm [");
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
                out.append("] TJ ");
                PdfNumbers.append(out, y * size / 1000f);
                out.append(" Ts [");
                rise = y;
            }
            float adjust = pen - run.x()[i];
            if (Math.abs(adjust) > 0.01f) {
                out.append(' ');
                PdfNumbers.append(out, adjust);
                out.append(' ');
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

    private static void hexGlyph(StringBuilder out, int g) {
        out.append('<').append(HEX[(g >> 12) & 15]).append(HEX[(g >> 8) & 15]).append(HEX[(g >> 4) & 15]).append(HEX[g & 15]).append('>');
    }

    private static void hexUtf16(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(HEX[(c >> 12) & 15]).append(HEX[(c >> 8) & 15]).append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
        }
    }
}
