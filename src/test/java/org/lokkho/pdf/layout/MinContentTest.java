package org.lokkho.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MinContentTest {
    @Test
    void tokensAreTheNonEmptyPiecesOfTheRegularExpressionSplit() {
        Random random = new Random(7);
        String alphabet = " \r\n\tক্ষ১.a-(%)\u00a0";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            assertThat(MinContent.tokens(text)).as("'%s'", text)
                    .containsExactlyElementsOf(Arrays.stream(text.split("[ \\r\\n]+")).filter(t -> !t.isEmpty()).toList());
        }
        assertThat(MinContent.tokens("২০২১-২২  (১০০%)\nকর্মসম্পাদনের")).containsExactly("২০২১-২২", "(১০০%)", "কর্মসম্পাদনের");
    }

    @Test
    void digitsOfEveryScriptCount() {
        assertThat(MinContent.hasDigit("২০২১")).isTrue();
        assertThat(MinContent.hasDigit("x7")).isTrue();
        assertThat(MinContent.hasDigit("\uD835\uDFCE")).isTrue(); // MATHEMATICAL BOLD DIGIT ZERO, outside the BMP
        assertThat(MinContent.hasDigit("কর্ম")).isFalse();
    }
}
