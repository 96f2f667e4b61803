package org.lokkho.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.lokkho.pdf.font.FontFace;

/**
 * The glyph a code draws, in the bundled font's own numbering (what hb-shape reports). Our codes are not glyph ids
 * (one glyph has a code per text it stands for) and the subset renumbers glyphs, so the way back is
 * code → /CIDToGIDMap → subset glyph → its post-table name → the bundled font's glyph of that name.
 */
public final class OriginalGlyphs {
    private OriginalGlyphs() {
    }

    public static int of(FontFace face, PDFont font, int code) {
        try {
            PDCIDFontType2 cid = (PDCIDFontType2) ((PDType0Font) font).getDescendantFont();
            int subsetGlyph = cid.codeToGID(code);
            if (subsetGlyph == 0) {
                return 0;
            }
            TrueTypeFont subset = cid.getTrueTypeFont();
            String name = subset.getPostScript().getName(subsetGlyph);
            return face.withFont(ttf -> {
                try {
                    return ttf.nameToGID(name);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled face a subset font name ("ABCDEF+NotoSansBengali-Regular") stands for. */
    public static FontFace face(String subsetName) {
        String name = subsetName.substring(subsetName.indexOf('+') + 1);
        for (FontFace f : FontFace.values()) {
            if (f.resource().endsWith("/" + name + ".ttf")) {
                return f;
            }
        }
        throw new IllegalStateException("unknown font " + subsetName);
    }
}
