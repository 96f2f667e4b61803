package org.lokkho.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.lokkho.pdf.font.FontFace;
import org.lokkho.pdf.layout.PdfFonts;
import org.lokkho.pdf.text.GlyphWriter;
import org.lokkho.pdf.text.ContentBuffer;
import org.lokkho.pdf.text.ShapedText;
import org.lokkho.pdf.text.TextShaper;

/**
 * Draws single lines of mixed Bengali/Latin text into any content stream of a document (a page, a form XObject
 * such as a signature appearance) the same way the form renderer does: shaped by HarfBuzz, written as glyph ids
 * of the bundled Noto fonts, embedded as subsets, with /ActualText for copy and search. PDFBox's own
 * {@code showText} cannot be used for Bengali (it skips the reordering and conjuncts).
 * <p>Use: {@link #canvas(PDResources)} per stream, draw, {@link Canvas#writeTo(PDStream)}; then call
 * {@link #embedFonts()} once before the document is saved.
 */
public final class ShapedTextPainter {
    private final PDDocument doc;
    private final PdfFonts fonts;
    private final TextShaper shaper = TextShaper.shared();

    public ShapedTextPainter(PDDocument doc) {
        this.doc = doc;
        this.fonts = new PdfFonts(doc);
    }

    /** Width of the text in points at that size. */
    public float width(String text, boolean bold, float size) {
        return measure(text, bold, size);
    }

    /** Width of the text in points at that size, without a document (shaping only depends on the bundled fonts). */
    public static float measure(String text, boolean bold, float size) {
        return TextShaper.shared().shape(text, bold).width(size);
    }

    /**
     * Breaks the text at spaces into lines at most {@code maxWidth} wide (a single word wider than that is kept
     * whole, for {@link #fit} to shorten).
     */
    public static java.util.List<String> wrap(String text, boolean bold, float size, float maxWidth) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && measure(candidate, bold, size) > maxWidth) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** The text, shortened at the end with "…" if needed so it is at most {@code maxWidth} wide. */
    public String fit(String text, boolean bold, float size, float maxWidth) {
        if (width(text, bold, size) <= maxWidth) {
            return text;
        }
        // cut by code point, then step back over combining marks so no vowel sign is left without its letter
        int end = text.length();
        while (end > 0) {
            end = text.offsetByCodePoints(end, -1);
            // never cut a letter from its vowel sign, nor right after a hasanta (that would leave half a conjunct)
            while (end > 0 && (isMark(text.codePointAt(end)) || text.charAt(end - 1) == '\u09CD' || text.charAt(end - 1) == '\u200D')) {
                end = text.offsetByCodePoints(end, -1);
            }
            String candidate = text.substring(0, end).stripTrailing() + "…";
            if (width(candidate, bold, size) <= maxWidth) {
                return candidate;
            }
        }
        return "…";
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK
                || cp == 0x200C || cp == 0x200D;
    }

    /** A content stream being written, whose fonts go into {@code resources}. */
    public Canvas canvas(PDResources resources) {
        return new Canvas(resources);
    }

    /** Hands the drawn glyphs to the font subsetter; call once after all drawing, before saving. */
    public void embedFonts() throws IOException {
        fonts.embedSubsets();
    }

    /** Operators for one content stream; coordinates are PDF's own (origin bottom left, y up). */
    public final class Canvas {
        private final PDResources resources;
        private final Map<FontFace, String> names = new EnumMap<>(FontFace.class);
        private final ContentBuffer ops = new ContentBuffer(4096);

        private Canvas(PDResources resources) {
            this.resources = resources;
        }

        /** Draws one line with its left end at x and its baseline at y. */
        public Canvas text(String text, boolean bold, float x, float baseline, float size) {
            ShapedText line = shaper.shape(text, bold);
            if (!line.isEmpty()) {
                GlyphWriter.write(ops, line, x, baseline, size, this::fontName, fonts);
            }
            return this;
        }

        public Canvas fillRect(float x, float y, float w, float h, float r, float g, float b) {
            color(r, g, b).append(" rg ");
            rect(x, y, w, h).append(" f 0 g\n");
            return this;
        }

        public Canvas strokeRect(float x, float y, float w, float h, float lineWidth, float r, float g, float b) {
            ops.append("q ");
            ops.number(lineWidth);
            ops.append(" w ");
            color(r, g, b).append(" RG ");
            rect(x, y, w, h).append(" S Q\n");
            return this;
        }

        /** The operators written so far (ASCII). */
        public String operators() {
            return ops.toString();
        }

        /** Writes the operators, compressed, as the stream's content. */
        public void writeTo(PDStream stream) throws IOException {
            try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
                os.write(ops.array(), 0, ops.length());
            }
        }

        /** Appends the operators to a page's existing content. */
        public PDStream newStream() throws IOException {
            PDStream stream = new PDStream(doc);
            writeTo(stream);
            return stream;
        }

        private ContentBuffer color(float r, float g, float b) {
            ops.number(r);
            ops.append(' ');
            ops.number(g);
            ops.append(' ');
            ops.number(b);
            return ops;
        }

        private ContentBuffer rect(float x, float y, float w, float h) {
            ops.number(x);
            ops.append(' ');
            ops.number(y);
            ops.append(' ');
            ops.number(w);
            ops.append(' ');
            ops.number(h);
            ops.append(" re");
            return ops;
        }

        private String fontName(FontFace face) {
            return names.computeIfAbsent(face, f -> fonts.resourceName(resources, f));
        }
    }
}
