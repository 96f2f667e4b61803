package org.lokkho.pdf.font;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The character codes (CIDs) of one face in one PDF. A code stands for a glyph, the width the viewer advances after
 * it, and the text it gives back through ToUnicode. One glyph can therefore have several codes: the ি glyph that
 * leads the cluster কি reads "কি" and advances to the cluster's end; drawn as the second glyph of a cluster, the
 * same glyph gets a code that reads as nothing.
 *
 * <p>Why: ToUnicode maps codes, not clusters, and Bengali draws glyphs out of logical order (ি before ক) and
 * several letters as one glyph (ক্ষ). Giving each cluster's whole text to its first glyph and nothing to the rest
 * is the only way a reader that ignores /ActualText (PDFBox's own PDFTextStripper, pdf.js, many viewers' search)
 * gets the exact Unicode in logical order.
 */
public final class SubsetCodes {
    /** Codes are two bytes (Identity-H); code 0 is left to .notdef. */
    static final int MAX_CODES = 0xFFFF;
    /**
     * Past this many codes, new glyphs share one plain code per glyph (drawn right, no text); the rest is left for
     * those, at most one per glyph of the font (the biggest bundled face has 3 317).
     */
    private static final int CLUSTER_CODE_LIMIT = 0xFFFF - 6_000;

    private final FontFace face;
    private final Map<Key, Integer> byKey = new HashMap<>();
    private final Map<Integer, Integer> plainByGlyph = new HashMap<>();
    private int[] glyphs = new int[256];
    private int[] widths = new int[256];
    private String[] texts = new String[256];
    private int count = 1;

    public SubsetCodes(FontFace face) {
        this.face = face;
    }

    public FontFace face() {
        return face;
    }

    /** The code for a glyph that reads as {@code text} (empty inside a cluster) and advances {@code width} (1/1000 em). */
    public int code(int glyph, String text, int width) {
        Key key = new Key(glyph, text, width);
        Integer known = byKey.get(key);
        if (known != null) {
            return known;
        }
        if (count >= CLUSTER_CODE_LIMIT) {
            return plain(glyph);
        }
        int code = add(glyph, text, width);
        byKey.put(key, code);
        return code;
    }

    /** Number of codes used, including code 0. */
    public int size() {
        return count;
    }

    /** The glyph id (in the face's own numbering) drawn for a code. */
    public int glyph(int code) {
        return glyphs[code];
    }

    /** The advance after a code, in 1/1000 em (written into /W). */
    public int width(int code) {
        return widths[code];
    }

    /** The text a code reads as (written into ToUnicode; empty for a glyph inside a cluster). */
    public String text(int code) {
        return texts[code];
    }

    /**
     * Fallback when a document has more distinct clusters than two-byte codes allow (not seen in practice): one code
     * per glyph that reads as nothing, so the page still draws right.
     */
    private int plain(int glyph) {
        Integer known = plainByGlyph.get(glyph);
        if (known != null) {
            return known;
        }
        int code = add(glyph, "", Math.round(face.advance(glyph)));
        plainByGlyph.put(glyph, code);
        return code;
    }

    private int add(int glyph, String text, int width) {
        if (count >= MAX_CODES) {
            throw new IllegalStateException("more than 65535 codes in one font");
        }
        if (count == glyphs.length) {
            int n = glyphs.length * 2;
            glyphs = Arrays.copyOf(glyphs, n);
            widths = Arrays.copyOf(widths, n);
            texts = Arrays.copyOf(texts, n);
        }
        glyphs[count] = glyph;
        widths[count] = width;
        texts[count] = text;
        return count++;
    }

    /** Equals and hashCode spelled out: a record's own are linked through invokedynamic, a cost on every cold start. */
    private record Key(int glyph, String text, int width) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && glyph == k.glyph && width == k.width && text.equals(k.text);
        }

        @Override
        public int hashCode() {
            return (glyph * 31 + width) * 31 + text.hashCode();
        }
    }
}
