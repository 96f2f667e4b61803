package org.lokkho.pdf.font;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.CmapSubtable;
import org.apache.fontbox.ttf.CmapTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One bundled font file. The same bytes feed the JDK shaper (glyph ids, positions) and the PDF embedding,
 * so the glyph ids written into the PDF are exactly the ids the shaper chose.
 *
 * <p>Each file is read and parsed once per process, and only when first needed: the glyph tables (fontbox) when
 * a document uses the face, the AWT font only when a word is actually shaped in it. The parsed {@link TrueTypeFont}
 * is kept and handed to PDFBox for every PDF ({@link #withFont}), instead of PDFBox parsing the file again per
 * document.
 */
public enum FontFace {
    BENGALI_REGULAR("fonts/NotoSansBengali-Regular.ttf"),
    BENGALI_BOLD("fonts/NotoSansBengali-Bold.ttf"),
    LATIN_REGULAR("fonts/NotoSans-Regular.ttf"),
    LATIN_BOLD("fonts/NotoSans-Bold.ttf"),
    /**
     * Fallback for what neither pair draws: arrows, ≤ ≥ ≈ ≠ √ ∑ and other math symbols (forms and notes use
     * "→" and "≥ ৯০%"). One weight only; without it such characters printed as .notdef boxes.
     */
    SYMBOLS("fonts/NotoSansMath-Regular.ttf");

    private final String resource;
    private volatile Tables tables;
    private volatile Font shapingFont;

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

    /** The face for characters neither the Bengali nor the Latin face draws (same for both weights). */
    public static FontFace symbols() {
        return SYMBOLS;
    }

    /** The font file's bytes. */
    public byte[] bytes() {
        return tables().bytes;
    }

    /** The AWT font at size 1000 with kerning and ligatures on: positions come out in 1/1000 em. */
    public Font shapingFont() {
        Font f = shapingFont;
        if (f == null) {
            synchronized (this) {
                f = shapingFont;
                if (f == null) {
                    f = createShapingFont(tables().bytes);
                    shapingFont = f;
                }
            }
        }
        return f;
    }

    /** True when the font's cmap maps the character (what AWT's {@code canDisplay} answers, without loading AWT). */
    public boolean covers(int codePoint) {
        return codePoint >= 0 && tables().covered.get(codePoint);
    }

    /** The advance the PDF viewer applies after the glyph (hmtx, in 1/1000 em). */
    public float advance(int glyphId) {
        float[] advances = tables().advances;
        return glyphId >= 0 && glyphId < advances.length ? advances[glyphId] : 0;
    }

    /** True when the embedded font's ToUnicode will map this glyph (it is reachable from the cmap). */
    public boolean hasUnicode(int glyphId) {
        return glyphId >= 0 && tables().mapped.get(glyphId);
    }

    public int spaceGlyph() {
        return tables().spaceGlyph;
    }

    /**
     * Runs PDFBox work on the shared parsed font. fontbox reads tables lazily through one file position, so
     * callers take turns: two PDFs exported at once must not subset the same face at the same moment.
     */
    public <T> T withFont(Function<TrueTypeFont, T> work) {
        Tables t = tables();
        synchronized (t.ttf) {
            return work.apply(t.ttf);
        }
    }

    private Tables tables() {
        Tables t = tables;
        if (t == null) {
            synchronized (this) {
                t = tables;
                if (t == null) {
                    t = readTables();
                    tables = t;
                }
            }
        }
        return t;
    }

    private Tables readTables() {
        byte[] bytes;
        try (InputStream in = FontFace.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing: " + resource);
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled font " + resource, e);
        }
        try {
            // Kept open for the life of the process: PDFBox embeds and subsets from it for every PDF.
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            int glyphs = ttf.getNumberOfGlyphs();
            float scale = 1000f / ttf.getUnitsPerEm();
            float[] advances = new float[glyphs];
            for (int g = 0; g < glyphs; g++) {
                // PDFBox writes rounded widths into /W; the viewer advances by exactly those.
                advances[g] = Math.round(ttf.getAdvanceWidth(g) * scale);
            }
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            BitSet mapped = new BitSet(glyphs);
            for (int g = 0; g < glyphs; g++) {
                List<Integer> codes = cmap.getCharCodes(g);
                if (codes != null && !codes.isEmpty()) {
                    mapped.set(g);
                }
            }
            return new Tables(bytes, ttf, advances, mapped, coverage(ttf), cmap.getGlyphId(' '));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled font " + resource, e);
        }
    }

    /**
     * Every code point some Unicode cmap subtable maps to a real glyph, plus the controls the JDK's glyph mapper
     * draws as an invisible glyph (tab, line feed, joiners, bidi marks and embeddings), so the answer is exactly AWT's
     * {@code canDisplay} (checked over all of Unicode by FontFaceTest) without creating the AWT font.
     */
    private static BitSet coverage(TrueTypeFont ttf) throws IOException {
        BitSet covered = new BitSet(0x10000);
        covered.set(0x09);
        covered.set(0x0A);
        covered.set(0x200C, 0x2010); // ZWNJ, ZWJ (AWT maps them to an invisible glyph even when the cmap lacks them), LRM, RLM
        covered.set(0x2028, 0x202F);
        covered.set(0x206A, 0x2070);
        CmapTable table = ttf.getCmap();
        if (table == null) {
            return covered;
        }
        for (CmapSubtable sub : table.getCmaps()) {
            boolean unicode = sub.getPlatformId() == CmapTable.PLATFORM_UNICODE
                    || (sub.getPlatformId() == CmapTable.PLATFORM_WINDOWS
                        && (sub.getPlatformEncodingId() == CmapTable.ENCODING_WIN_UNICODE_BMP
                            || sub.getPlatformEncodingId() == CmapTable.ENCODING_WIN_UNICODE_FULL));
            if (!unicode) {
                continue;
            }
            int glyphs = ttf.getNumberOfGlyphs();
            for (int g = 1; g < glyphs; g++) {
                List<Integer> codes = sub.getCharCodes(g);
                if (codes != null) {
                    for (int cp : codes) {
                        covered.set(cp);
                    }
                }
            }
        }
        return covered;
    }

    private Font createShapingFont(byte[] bytes) {
        try {
            Map<TextAttribute, Object> attrs = new HashMap<>();
            attrs.put(TextAttribute.KERNING, TextAttribute.KERNING_ON);
            attrs.put(TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON);
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes)).deriveFont(1000f).deriveFont(attrs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled font " + resource, e);
        } catch (java.awt.FontFormatException e) {
            throw new IllegalStateException("bundled font unreadable: " + resource, e);
        }
    }

    private record Tables(byte[] bytes, TrueTypeFont ttf, float[] advances, BitSet mapped, BitSet covered, int spaceGlyph) {
    }
}
