package org.lokkho.pdf.layout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.lokkho.pdf.font.FontFace;
import org.lokkho.pdf.text.GlyphWriter;

/**
 * The fonts of one PDF: each face embedded once as an Identity-H subset (CID = glyph id) and the set of glyphs
 * drawn with it. PDFBox only knows which glyphs to keep if told, because we never let it encode text itself.
 * The faces' parsed font files are shared by every PDF of the process (see {@link FontFace#withFont}).
 */
public final class PdfFonts implements GlyphWriter.GlyphSink {
    private final PDDocument doc;
    private final Map<FontFace, PDType0Font> fonts = new EnumMap<>(FontFace.class);
    private final Map<FontFace, BitSet> used = new EnumMap<>(FontFace.class);

    public PdfFonts(PDDocument doc) {
        this.doc = doc;
    }

    public PDType0Font font(FontFace face) {
        PDType0Font font = fonts.get(face);
        if (font == null) {
            font = face.withFont(ttf -> {
                try {
                    return PDType0Font.load(doc, ttf, true);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot embed " + face.resource(), e);
                }
            });
            fonts.put(face, font);
        }
        return font;
    }

    @Override
    public void used(FontFace face, int glyphId) {
        BitSet glyphs = used.get(face);
        if (glyphs == null) {
            glyphs = new BitSet();
            used.put(face, glyphs);
        }
        glyphs.set(glyphId);
    }

    /**
     * Hands every drawn glyph to the subsetter and embeds the subsets; call once, before saving.
     * (PDFBox only subsets on save the fonts its own content stream class has seen, so we do it here.)
     */
    public void embedSubsets() throws IOException {
        for (Map.Entry<FontFace, PDType0Font> e : fonts.entrySet()) {
            BitSet glyphs = used.getOrDefault(e.getKey(), new BitSet());
            PDType0Font font = e.getValue();
            try {
                e.getKey().withFont(ttf -> {
                    try {
                        font.addGlyphsToSubset(glyphs.stream().boxed().collect(java.util.stream.Collectors.toSet()));
                        font.subset();
                        return null;
                    } catch (IOException x) {
                        throw new UncheckedIOException(x);
                    }
                });
            } catch (UncheckedIOException x) {
                throw x.getCause();
            }
        }
    }
}
