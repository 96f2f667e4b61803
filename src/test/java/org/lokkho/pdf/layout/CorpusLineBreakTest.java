package org.lokkho.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lokkho.pdf.text.ShapedText;
import org.lokkho.pdf.text.TextShaper;

/**
 * Every item of the shaping audit corpus wrapped into narrow columns: the lines give the text back, and a line
 * that starts inside a word starts at a boundary of a grapheme cluster and of a conjunct, judged independently of
 * {@link LineBreaker}: the regex {@code \X} (extended grapheme clusters: never before a vowel sign, nukta, ZWJ…),
 * and never after a hasanta (with or without ZWJ), where the next consonant joins the conjunct.
 */
class CorpusLineBreakTest {
    @Test
    void noLineStartsInsideAClusterOrConjunct() throws Exception {
        List<String> items = new String(getClass().getResourceAsStream("/shaping/bn-unseen-corpus.txt").readAllBytes(),
                StandardCharsets.UTF_8).lines().toList();
        LineBreaker breaker = new LineBreaker(TextShaper.shared());
        List<String> problems = new ArrayList<>();
        int cuts = 0;
        for (String item : items) {
            for (float width : new float[] {7f, 16f, 40f}) {
                List<ShapedText> lines = breaker.wrap(item, width == 16f, Style.TABLE_SIZE, width);
                int at = 0;
                for (int l = 0; l < lines.size(); l++) {
                    String line = lines.get(l).text();
                    if (l > 0) {
                        if (item.charAt(at) == ' ') {
                            while (item.charAt(at) == ' ') {
                                at++;
                            }
                        } else {
                            cuts++;
                            if (!CorpusLineBreakTestSupport.boundary(item, at)) {
                                problems.add("'" + item + "' cut at " + at + " in " + width + " pt: " + lines.stream().map(ShapedText::text).toList());
                            }
                        }
                    }
                    if (!item.startsWith(line, at)) {
                        problems.add("'" + item + "' line '" + line + "' is not the text at " + at);
                        break;
                    }
                    at += line.length();
                }
            }
        }
        assertThat(problems).as("%d cuts inside words", cuts).isEmpty();
        assertThat(cuts).isGreaterThan(1000);
    }
}
