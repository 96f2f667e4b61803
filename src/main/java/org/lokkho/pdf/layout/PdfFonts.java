package org.lokkho.pdf.layout;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.lokkho.pdf.font.FontFace;
import org.lokkho.pdf.text.GlyphWriter;

/**
 * The fonts of one PDF: each face embedded once as an Identity-H subset (CID = glyph id) and the set of glyphs
 * drawn with it. PDFBox only knows which glyphs to keep if told, because we never let it encode text itself.
 */
public final class PdfFonts implements GlyphWriter.GlyphSink {
    private final PDDocument doc;
    private final Map<FontFace, PDType0Font> fonts = new EnumMap<>(FontFace.class);
    private final Map<FontFace, Set<Integer>> used = new EnumMap<>(FontFace.class);

    public PdfFonts(PDDocument doc) {
        this.doc = doc;
    }

    public PDType0Font font(FontFace face) {
        return fonts.computeIfAbsent(face, f -> {
            try {
                return PDType0Font.load(doc, new ByteArrayInputStream(f.bytes()), true);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot embed " + f.resource(), e);
            }
        });
    }

    @Override
    public void used(FontFace face, int glyphId) {
        used.computeIfAbsent(face, f -> new HashSet<>()).add(glyphId);
    }

    /**
     * Hands every drawn glyph to the subsetter and embeds the subsets; call once, before saving.
     * (PDFBox only subsets on save the fonts its own content stream class has seen, so we do it here.)
     */
    public void embedSubsets() throws IOException {
        for (Map.Entry<FontFace, PDType0Font> e : fonts.entrySet()) {
            e.getValue().addGlyphsToSubset(used.getOrDefault(e.getKey(), Set.of()));
            e.getValue().subset();
        }
    }
}
