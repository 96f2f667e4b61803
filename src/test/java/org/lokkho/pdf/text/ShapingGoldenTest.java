package org.lokkho.pdf.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lokkho.pdf.font.FontFace;

/**
 * Our shaping (JDK HarfBuzz) against HarfBuzz's own hb-shape, glyph by glyph and position by position, on the
 * reference words. The expected files were generated once by regenerate.sh and are committed; when hb-shape is on
 * the PATH the test also shapes live.
 */
class ShapingGoldenTest {
    private static final float TOLERANCE = 0.5f;

    @Test
    void regularMatchesCommittedHarfBuzzOutput() throws IOException {
        compare(FontFace.BENGALI_REGULAR, readLines("/shaping/NotoSansBengali-Regular.hb.txt"));
    }

    @Test
    void boldMatchesCommittedHarfBuzzOutput() throws IOException {
        compare(FontFace.BENGALI_BOLD, readLines("/shaping/NotoSansBengali-Bold.hb.txt"));
    }

    @Test
    void matchesLiveHarfBuzzWhenAvailable() throws Exception {
        Assumptions.assumeTrue(onPath("hb-shape"), "hb-shape not installed");
        Path font = Files.createTempFile("font", ".ttf");
        Path words = Files.createTempFile("words", ".txt");
        try {
            Files.write(font, FontFace.BENGALI_REGULAR.bytes());
            Files.write(words, String.join("\n", words()).getBytes(StandardCharsets.UTF_8));
            Process p = new ProcessBuilder("hb-shape", "--no-glyph-names", "--no-clusters", "--text-file=" + words, font.toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            compare(FontFace.BENGALI_REGULAR, out.lines().toList());
        } finally {
            Files.deleteIfExists(font);
            Files.deleteIfExists(words);
        }
    }

    private static void compare(FontFace face, List<String> expectedLines) throws IOException {
        List<String> words = words();
        assertThat(expectedLines).hasSize(words.size());
        TextShaper shaper = new TextShaper();
        int checked = 0;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            List<HbShape.Glyph> expected = HbShape.parse(expectedLines.get(i));
            ShapedRun run = shaper.shapeSegment(face, word);
            String where = "'" + word + "' in " + face;
            assertThat(run.glyphs()).as("glyph ids of " + where).containsExactly(expected.stream().mapToInt(HbShape.Glyph::gid).toArray());
            for (int g = 0; g < expected.size(); g++) {
                assertThat(run.x()[g]).as("x of glyph " + g + " of " + where).isCloseTo(expected.get(g).x(), org.assertj.core.data.Offset.offset(TOLERANCE));
                assertThat(run.y()[g]).as("y of glyph " + g + " of " + where).isCloseTo(expected.get(g).y(), org.assertj.core.data.Offset.offset(TOLERANCE));
            }
            float total = expected.isEmpty() ? 0 : expected.get(expected.size() - 1).penAfter();
            assertThat(run.advance()).as("advance of " + where).isCloseTo(total, org.assertj.core.data.Offset.offset(TOLERANCE));
            checked++;
        }
        assertThat(checked).isEqualTo(73);
    }

    static List<String> words() throws IOException {
        return readLines("/shaping/bn-shaping-words.txt");
    }

    private static List<String> readLines(String resource) throws IOException {
        try (InputStream in = ShapingGoldenTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    static boolean onPath(String tool) {
        return org.lokkho.pdf.bench.ProcessTimer.onPath(tool) != null;
    }
}
