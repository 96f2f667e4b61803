package org.lokkho.pdf.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lokkho.pdf.font.FontFace;

/**
 * The shaping audit corpus (bn-unseen-corpus.txt: every Bengali word of the seed documents and forms-spec.md, real
 * mixed Bengali/Latin lines, and generated hard clusters) through the path the PDF uses, {@link TextShaper#shape}
 * (run splitting by script, font choice, word-by-word shaping), regular and bold, compared run by run with HarfBuzz's
 * hb-shape on the same font file and the same run text shaped whole: glyph ids, positions and advances.
 * <p>The committed expectation (bn-unseen-corpus.hb.txt) is hb-shape 6.0.0's output; with hb-shape on the PATH the
 * test also shapes live. Regenerate: {@code mvn -o -q test -Dtest=UnseenCorpusShapingTest -Dshaping.regenerate=true}.
 */
class UnseenCorpusShapingTest {
    private static final float TOLERANCE = 0.5f;
    private static final String EXPECTED = "/shaping/bn-unseen-corpus.hb.txt";

    @Test
    void matchesCommittedHarfBuzzOutput() throws IOException {
        Map<RunKey, String> expected = new LinkedHashMap<>();
        for (String line : readLines(EXPECTED)) {
            String[] f = line.split("\t", -1);
            expected.put(new RunKey(FontFace.valueOf(f[0]), unescape(f[1])), f[2]);
        }
        assertNoMismatch(expected);
    }

    @Test
    void matchesLiveHarfBuzz() throws Exception {
        Assumptions.assumeTrue(HbShape.available(), "hb-shape not installed");
        Map<FontFace, Set<String>> runs = new EnumMap<>(FontFace.class);
        TextShaper shaper = new TextShaper();
        for (String item : corpus()) {
            for (boolean bold : new boolean[] {false, true}) {
                for (ShapedRun run : shaper.shape(item, bold).runs()) {
                    runs.computeIfAbsent(run.face(), f -> new LinkedHashSet<>()).add(run.text());
                }
            }
        }
        Map<RunKey, String> live = new LinkedHashMap<>();
        for (Map.Entry<FontFace, Set<String>> e : runs.entrySet()) {
            List<String> texts = new ArrayList<>(e.getValue());
            List<String> shaped = HbShape.shapeLines(e.getKey(), texts);
            for (int i = 0; i < texts.size(); i++) {
                live.put(new RunKey(e.getKey(), texts.get(i)), shaped.get(i));
            }
        }
        if (Boolean.getBoolean("shaping.regenerate")) {
            StringBuilder out = new StringBuilder();
            live.forEach((k, v) -> out.append(k.face).append('\t').append(escape(k.text)).append('\t').append(v).append('\n'));
            Files.writeString(Path.of("src/test/resources" + EXPECTED), out, StandardCharsets.UTF_8);
        }
        assertNoMismatch(live);
    }

    /** Every run of every corpus item, both weights: same glyphs and positions as HarfBuzz, no .notdef. */
    private static void assertNoMismatch(Map<RunKey, String> expected) throws IOException {
        TextShaper shaper = new TextShaper();
        List<String> problems = new ArrayList<>();
        int runs = 0;
        int glyphs = 0;
        List<String> items = corpus();
        for (String item : items) {
            for (boolean bold : new boolean[] {false, true}) {
                ShapedText shaped = shaper.shape(item, bold);
                StringBuilder joined = new StringBuilder();
                for (ShapedRun run : shaped.runs()) {
                    joined.append(run.text());
                    runs++;
                    glyphs += run.size();
                    String hb = expected.get(new RunKey(run.face(), run.text()));
                    if (hb == null) {
                        problems.add("no HarfBuzz expectation for run '" + run.text() + "' in " + run.face() + " (regenerate)");
                        continue;
                    }
                    String diff = compare(run, HbShape.parse(hb));
                    if (diff != null) {
                        problems.add("'" + item + "' run '" + run.text() + "' " + run.face() + ": " + diff + "\n   hb:  " + hb);
                    }
                    for (int g : run.glyphs()) {
                        if (g == 0 && !hasCharacterNoFaceDraws(run.text())) {
                            problems.add("'" + item + "' .notdef in " + run.face());
                        }
                    }
                }
                if (!joined.toString().equals(item)) {
                    problems.add("runs of '" + item + "' do not give the text back: '" + joined + "'");
                }
            }
        }
        Path report = Path.of("target/shaping-audit/unseen-corpus-problems.txt");
        Files.createDirectories(report.getParent());
        List<String> lines = new ArrayList<>();
        lines.add(items.size() + " items, both weights: " + runs + " runs, " + glyphs + " glyphs, " + problems.size() + " problems");
        lines.addAll(problems);
        Files.write(report, lines, StandardCharsets.UTF_8);
        assertThat(problems).as("%d items, %d runs, %d glyphs (all in %s)", items.size(), runs, glyphs, report).isEmpty();
        assertThat(items.size()).isGreaterThan(4000);
    }

    /** Only text no bundled face has a glyph for may print .notdef (the OCR-garbled "অनावশ্যক" has Devanagari). */
    private static boolean hasCharacterNoFaceDraws(String text) {
        return text.codePoints().anyMatch(cp -> java.util.Arrays.stream(FontFace.values()).noneMatch(f -> f.covers(cp)));
    }

    /** Null when the run matches HarfBuzz, else what differs. */
    static String compare(ShapedRun run, List<HbShape.Glyph> hb) {
        int[] ids = hb.stream().mapToInt(HbShape.Glyph::gid).toArray();
        if (!java.util.Arrays.equals(run.glyphs(), ids)) {
            return "glyphs " + java.util.Arrays.toString(run.glyphs()) + " vs hb " + java.util.Arrays.toString(ids);
        }
        for (int i = 0; i < ids.length; i++) {
            HbShape.Glyph g = hb.get(i);
            if (Math.abs(run.x()[i] - g.x()) > TOLERANCE || Math.abs(run.y()[i] - g.y()) > TOLERANCE) {
                return "glyph " + i + " at (" + run.x()[i] + "," + run.y()[i] + ") vs hb (" + g.x() + "," + g.y() + ")";
            }
        }
        float total = hb.isEmpty() ? 0 : hb.get(hb.size() - 1).penAfter();
        if (Math.abs(run.advance() - total) > TOLERANCE) {
            return "advance " + run.advance() + " vs hb " + total;
        }
        return null;
    }

    static List<String> corpus() throws IOException {
        return readLines("/shaping/bn-unseen-corpus.txt");
    }

    private static List<String> readLines(String resource) throws IOException {
        try (InputStream in = UnseenCorpusShapingTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    /** Run texts may end in a space or hold a tab-free backslash; keep the file line-based and unambiguous. */
    private static String escape(String s) {
        return s.replace("\\", "\\\\");
    }

    private static String unescape(String s) {
        return s.replace("\\\\", "\\");
    }

    private record RunKey(FontFace face, String text) {
    }
}
