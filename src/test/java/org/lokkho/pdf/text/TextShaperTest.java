package org.lokkho.pdf.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lokkho.pdf.font.FontFace;

/** Runs by script: Latin letters need Noto Sans, Bengali needs Noto Sans Bengali, neutral characters follow. */
class TextShaperTest {
    private final TextShaper shaper = new TextShaper();

    @Test
    void splitsMixedTextIntoRunsByFontCoverage() {
        ShapedText t = shaper.shape("ASYCUDA World সিস্টেমে কর্মসম্পাদন", false);
        assertThat(t.runs()).extracting(ShapedRun::face).containsExactly(FontFace.LATIN_REGULAR, FontFace.BENGALI_REGULAR);
        assertThat(t.runs()).extracting(ShapedRun::text).containsExactly("ASYCUDA World ", "সিস্টেমে কর্মসম্পাদন");
        assertThat(String.join("", t.runs().stream().map(ShapedRun::text).toList())).isEqualTo(t.text());
    }

    @Test
    void neutralCharactersStayWithTheirNeighbours() {
        assertThat(faces("২০২৩-২৪")).containsExactly(FontFace.BENGALI_REGULAR);
        assertThat(faces("e-মেইল")).containsExactly(FontFace.LATIN_REGULAR, FontFace.BENGALI_REGULAR);
        assertThat(faces("(e-mail: dc@x.gov.bd)")).containsExactly(FontFace.LATIN_REGULAR);
        assertThat(faces("১০০%")).containsExactly(FontFace.BENGALI_REGULAR);
        assertThat(shaper.shape("মোট অর্জন।", true).runs()).extracting(ShapedRun::face).containsExactly(FontFace.BENGALI_BOLD);
    }

    /** Arrows and math symbols neither Noto Sans pair has come from the symbol face; their neighbours stay put. */
    @Test
    void symbolsNeitherPairDrawsFallBackToTheSymbolFaceAlone() {
        ShapedText t = shaper.shape("৯০% → ১০০%, x ≤ 5", false);
        assertThat(t.runs()).extracting(ShapedRun::face).containsExactly(FontFace.BENGALI_REGULAR, FontFace.SYMBOLS,
                FontFace.BENGALI_REGULAR, FontFace.LATIN_REGULAR, FontFace.SYMBOLS, FontFace.LATIN_REGULAR);
        assertThat(t.runs()).extracting(ShapedRun::text).containsExactly("৯০% ", "→", " ১০০%, ", "x ", "≤", " 5");
        assertThat(faces("→ done")).containsExactly(FontFace.SYMBOLS, FontFace.LATIN_REGULAR);
        for (ShapedRun run : t.runs()) {
            assertThat(run.glyphs()).doesNotContain(0);
        }
    }

    @Test
    void noNotdefGlyphsForLatinOrBengali() {
        for (String s : List.of("+8801674300290", "PSC ও PIC সভা", "www.customs.gov.bd", "Citizen's Charter", "র‍্যাব")) {
            for (ShapedRun run : shaper.shape(s, false).runs()) {
                assertThat(run.glyphs()).as(s).doesNotContain(0);
            }
        }
    }

    @Test
    void widthIsTheSumOfItsWordsBecauseShapingNeverCrossesASpace() {
        ShapedText whole = shaper.shape("কর্মসম্পাদন সূচক", false);
        float parts = shaper.shape("কর্মসম্পাদন", false).advance() + shaper.shape(" ", false).advance()
                + shaper.shape("সূচক", false).advance();
        assertThat(whole.advance()).isCloseTo(parts, org.assertj.core.data.Offset.offset(0.01f));
    }

    private List<FontFace> faces(String s) {
        return shaper.shape(s, false).runs().stream().map(ShapedRun::face).toList();
    }
}
