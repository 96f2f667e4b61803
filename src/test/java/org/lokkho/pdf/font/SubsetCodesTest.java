package org.lokkho.pdf.font;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubsetCodesTest {
    @Test
    void sameGlyphTextAndWidthShareACodeAndCodesStartAtOne() {
        SubsetCodes codes = new SubsetCodes(FontFace.BENGALI_REGULAR);
        int a = codes.code(20, "কি", 560);
        assertThat(a).isEqualTo(1);
        assertThat(codes.code(20, "কি", 560)).isEqualTo(a);
        assertThat(codes.code(20, "", 300)).isNotEqualTo(a);
        assertThat(codes.code(20, "কি", 561)).isNotEqualTo(a);
        assertThat(codes.text(a)).isEqualTo("কি");
        assertThat(codes.width(a)).isEqualTo(560);
        assertThat(codes.glyph(a)).isEqualTo(20);
    }

    @Test
    void pastTheLimitGlyphsShareOnePlainCodeAndTwoByteCodesNeverRunOut() {
        SubsetCodes codes = new SubsetCodes(FontFace.LATIN_REGULAR);
        for (int i = 0; codes.size() < 0xFFFF - 6_000; i++) {
            codes.code(36, "x" + i, 500); // distinct texts: one code each
        }
        int plain = codes.code(37, "new cluster", 512);
        assertThat(codes.text(plain)).isEmpty();
        assertThat(codes.width(plain)).isEqualTo(Math.round(FontFace.LATIN_REGULAR.advance(37)));
        assertThat(codes.code(37, "another", 1)).isEqualTo(plain);
        for (int g = 0; g < 3_317; g++) {
            codes.code(g, "more " + g, 1);
        }
        assertThat(codes.size()).isLessThanOrEqualTo(0xFFFF);
    }
}
