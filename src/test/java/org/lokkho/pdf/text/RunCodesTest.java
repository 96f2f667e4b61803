package org.lokkho.pdf.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lokkho.pdf.font.FontFace;
import org.lokkho.pdf.font.SubsetCodes;

class RunCodesTest {
    private final TextShaper shaper = new TextShaper();

    @Test
    void eachClusterReadsAsItsTextOnceInLogicalOrder() {
        for (String word : List.of("দৃষ্টিভঙ্গি", "কর্মসম্পাদনের", "ক্ষেত্রে", "র‍্যাব", "কি", "র্কি", "শুদ্ধাচার", "ক্‌ষ", "ট্রেনিং")) {
            ShapedRun run = shaper.shapeWord(FontFace.BENGALI_REGULAR, word);
            SubsetCodes subset = new SubsetCodes(FontFace.BENGALI_REGULAR);
            RunCodes codes = RunCodes.of(run, subset);
            StringBuilder read = new StringBuilder();
            for (int code : codes.codes()) {
                read.append(subset.text(code));
            }
            assertThat(read.toString()).as(word).isEqualTo(word);
            for (int i = 0; i < run.size(); i++) {
                assertThat(subset.glyph(codes.codes()[i])).isEqualTo(run.glyphs()[i]);
            }
        }
    }

    @Test
    void aClusterNeverStartsWithAVowelSignOrMark() {
        // দৃ: the JDK gives ৃ a cluster of its own; PDFBox would merge a lone mark into the next glyph box it overlaps.
        ShapedRun run = shaper.shapeWord(FontFace.BENGALI_REGULAR, "দৃষ্টিভঙ্গি");
        for (int i = 0; i < run.size(); i = run.clusterEnd(i)) {
            int type = Character.getType(run.text().charAt(run.clusters()[i]));
            assertThat(type).as("cluster at glyph " + i)
                    .isNotIn((int) Character.NON_SPACING_MARK, (int) Character.COMBINING_SPACING_MARK);
        }
        assertThat(run.clusterText(0, run.clusterEnd(0))).isEqualTo("দৃ");
    }

    @Test
    void everyGlyphEndsWhereTheClusterItIsDrawnInEnds() {
        ShapedRun run = shaper.shapeWord(FontFace.BENGALI_REGULAR, "দৃষ্টিভঙ্গি কর্মসম্পাদনের");
        RunCodes codes = RunCodes.of(run, new SubsetCodes(FontFace.BENGALI_REGULAR));
        List<Float> clusterEnds = new java.util.ArrayList<>();
        for (int i = 0; i < run.size(); i = run.clusterEnd(i)) {
            int end = run.clusterEnd(i);
            clusterEnds.add(end < run.size() ? run.x()[end] : run.advance());
        }
        for (int i = 0; i < run.size(); i++) {
            float end = run.x()[i] + codes.advances()[i];
            assertThat(clusterEnds).as("glyph %d ends at %f", i, end)
                    .anySatisfy(e -> assertThat(Math.abs(e - end)).isLessThanOrEqualTo(0.5f));
        }
        // the last glyph drawn ends where the run ends (poppler spreads /ActualText up to there)
        int last = run.size() - 1;
        assertThat(run.x()[last] + codes.advances()[last]).isCloseTo(run.advance(), org.assertj.core.data.Offset.offset(0.5f));
    }
}
