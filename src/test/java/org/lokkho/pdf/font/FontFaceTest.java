package org.lokkho.pdf.font;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FontFaceTest {
    /** Run splitting asks covers() for every character: it must answer as AWT's canDisplay did, for all of Unicode. */
    @Test
    void coverageFromTheCmapIsExactlyAwtsCanDisplay() {
        for (FontFace face : FontFace.values()) {
            Font awt = face.shapingFont();
            List<String> differences = new ArrayList<>();
            for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
                if (face.covers(cp) != awt.canDisplay(cp)) {
                    differences.add(Integer.toHexString(cp));
                }
            }
            assertThat(differences).as(face.name()).isEmpty();
        }
    }

    @Test
    void glyphTablesAreParsedOnceAndSharedWithPdfBox() {
        FontFace face = FontFace.BENGALI_REGULAR;
        Object first = face.withFont(ttf -> ttf);
        Object second = face.withFont(ttf -> ttf);
        assertThat(second).isSameAs(first);
        assertThat(face.spaceGlyph()).isPositive();
        assertThat(face.advance(face.spaceGlyph())).isPositive();
        assertThat(face.hasUnicode(face.spaceGlyph())).isTrue();
    }
}
