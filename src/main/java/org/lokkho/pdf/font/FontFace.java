package org.lokkho.pdf.font;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One bundled font file. The same bytes feed the JDK shaper (glyph ids, positions) and the PDF embedding,
 * so the glyph ids written into the PDF are exactly the ids the shaper chose.
 */
public enum FontFace {
    BENGALI_REGULAR("fonts/NotoSansBengali-Regular.ttf"),
    BENGALI_BOLD("fonts/NotoSansBengali-Bold.ttf"),
    LATIN_REGULAR("fonts/NotoSans-Regular.ttf"),
    LATIN_BOLD("fonts/NotoSans-Bold.ttf");

    private final String resource;
    private volatile Loaded loaded;

    FontFace(String resource) {
        this.resource = resource;
    }

    public String resource() {
        return resource;
    }

    public static FontFace bengali(boolean bold) {
        return bold ? BENGALI_BOLD : BENGALI_REGULAR;
    }

    public static FontFace latin(boolean bold) {
        return bold ? LATIN_BOLD : LATIN_REGULAR;
    }

    /** The font file's bytes (for embedding into a PDF). */
    public byte[] bytes() {
        return loaded().bytes;
    }

    /** The AWT font at size 1000 with kerning and ligatures on: positions come out in 1/1000 em. */
    public Font shapingFont() {
        return loaded().shapingFont;
    }

    public boolean covers(int codePoint) {
        return loaded().shapingFont.canDisplay(codePoint);
    }

    /** The advance the PDF viewer applies after the glyph (hmtx, in 1/1000 em). */
    public float advance(int glyphId) {
        Loaded l = loaded();
        return glyphId < l.advances.length ? l.advances[glyphId] : 0;
    }

    /** True when the embedded font's ToUnicode will map this glyph (it is reachable from the cmap). */
    public boolean hasUnicode(int glyphId) {
        return loaded().mapped.contains(glyphId);
    }

    public int spaceGlyph() {
        return loaded().spaceGlyph;
    }

    private Loaded loaded() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (this) {
                l = loaded;
                if (l == null) {
                    l = load();
                    loaded = l;
                }
            }
        }
        return l;
    }

    private Loaded load() {
        try (InputStream in = FontFace.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing: " + resource);
            }
            byte[] bytes = in.readAllBytes();
            Map<TextAttribute, Object> attrs = new HashMap<>();
            attrs.put(TextAttribute.KERNING, TextAttribute.KERNING_ON);
            attrs.put(TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON);
            Font awt = Font.createFont(Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(bytes))
                    .deriveFont(1000f).deriveFont(attrs);
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
                int glyphs = ttf.getNumberOfGlyphs();
                float scale = 1000f / ttf.getUnitsPerEm();
                float[] advances = new float[glyphs];
                for (int g = 0; g < glyphs; g++) {
                    // PDFBox writes rounded widths into /W; the viewer advances by exactly those.
                    advances[g] = Math.round(ttf.getAdvanceWidth(g) * scale);
                }
                CmapLookup cmap = ttf.getUnicodeCmapLookup();
                java.util.Set<Integer> mapped = new java.util.HashSet<>();
                for (int g = 0; g < glyphs; g++) {
                    List<Integer> codes = cmap.getCharCodes(g);
                    if (codes != null && !codes.isEmpty()) {
                        mapped.add(g);
                    }
                }
                return new Loaded(bytes, awt, advances, mapped, cmap.getGlyphId(' '));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled font " + resource, e);
        } catch (java.awt.FontFormatException e) {
            throw new IllegalStateException("bundled font unreadable: " + resource, e);
        }
    }

    private record Loaded(byte[] bytes, Font shapingFont, float[] advances, java.util.Set<Integer> mapped, int spaceGlyph) {
    }
}
