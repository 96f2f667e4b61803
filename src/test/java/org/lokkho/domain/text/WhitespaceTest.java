package org.lokkho.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** collapse skips the pattern when it would change nothing; the result is always replaceAll's. */
class WhitespaceTest {
    @Test
    void sameAsReplacingEveryWhitespaceRunWithOneSpace() {
        Random random = new Random(11);
        String alphabet = "  \t\n\r\u000B\f\u00a0\u2003য়য়a-১.";
        for (int i = 0; i < 50_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(10); n > 0; n--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertThat(Whitespace.collapse(s)).as("'%s'", s).isEqualTo(s.replaceAll("\\s+", " "));
        }
    }

    @Test
    void textWithOnlySingleSpacesComesBackAsItIs() {
        String s = "সংখ্যা (লক্ষ)";
        assertThat(Whitespace.collapse(s)).isSameAs(s);
        assertThat(Whitespace.collapse("a\t\tb  c\r\n")).isEqualTo("a b c ");
    }
}
