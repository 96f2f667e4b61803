package org.lokkho.domain.cell;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** canonicalWords skips the whitespace pattern when it would change nothing; the result is the same as always. */
class CanonicalWordsTest {
    @Test
    void sameAsNormalisingAndReplacingEveryWhitespaceRun() {
        Random random = new Random(11);
        String alphabet = "  \t\n\r\u000B\f\u00a0য়য়a-১.";
        for (int i = 0; i < 50_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(10); n > 0; n--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            String expected = Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
            assertThat(CellParser.canonicalWords(s)).as("'%s'", s).isEqualTo(expected);
        }
    }
}
