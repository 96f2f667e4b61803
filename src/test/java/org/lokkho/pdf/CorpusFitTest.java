package org.lokkho.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.lokkho.pdf.layout.CorpusLineBreakTestSupport;

/** {@link ShapedTextPainter#fit} on every corpus item: an ellipsis never follows half a cluster or conjunct. */
class CorpusFitTest {
    @Test
    void shortenedTextEndsAtAClusterAndConjunctBoundary() throws Exception {
        List<String> items = new String(getClass().getResourceAsStream("/shaping/bn-unseen-corpus.txt").readAllBytes(),
                StandardCharsets.UTF_8).lines().toList();
        List<String> problems = new ArrayList<>();
        int cuts = 0;
        try (PDDocument doc = new PDDocument()) {
            ShapedTextPainter painter = new ShapedTextPainter(doc);
            for (String item : items) {
                float full = painter.width(item, false, 8);
                for (float share : new float[] {0.3f, 0.6f, 0.9f}) {
                    String fitted = painter.fit(item, false, 8, full * share);
                    if (fitted.equals(item) || fitted.equals("…")) {
                        continue;
                    }
                    String kept = fitted.substring(0, fitted.length() - 1).stripTrailing();
                    cuts++;
                    if (!item.startsWith(kept) || (kept.length() < item.length() && item.charAt(kept.length()) != ' '
                            && !CorpusLineBreakTestSupport.boundary(item, kept.length()))) {
                        problems.add("'" + item + "' -> '" + fitted + "'");
                    }
                }
            }
        }
        assertThat(problems).as("%d shortened", cuts).isEmpty();
        assertThat(cuts).isGreaterThan(3000);
    }
}
