package org.lokkho.pdf.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ContentBufferTest {
    @Test
    void numbersHaveAtMostThreeDecimalsNoExponentAndNoTrailingZeros() {
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            float v = (random.nextFloat() - 0.5f) * (i % 3 == 0 ? 20f : 2000f);
            if (i % 5 == 0) {
                v = Math.round(v * 10) / 10f;
            }
            assertThat(new ContentBuffer(4).number(v).toString()).as("%s", v).isEqualTo(expected(v));
        }
        assertThat(new ContentBuffer(4).number(0).toString()).isEqualTo("0");
        assertThat(new ContentBuffer(4).number(-0.0004f).toString()).isEqualTo("0");
        assertThat(new ContentBuffer(4).number(841.89f).toString()).isEqualTo("841.89");
        assertThat(new ContentBuffer(4).number(-12.005f).toString()).isEqualTo("-12.005");
    }

    @Test
    void growsAndWritesHexAndText() {
        ContentBuffer b = new ContentBuffer(1);
        for (int i = 0; i < 1000; i++) {
            b.append("BT /F1 ").hex4(0x0A3F).append('\n');
        }
        assertThat(b.length()).isEqualTo(1000 * 12);
        assertThat(b.toString()).startsWith("BT /F1 0A3F\nBT /F1 0A3F\n");
    }

    private static String expected(float v) {
        long scaled = Math.round(v * 1000.0);
        return scaled == 0 ? "0" : BigDecimal.valueOf(scaled).movePointLeft(3).stripTrailingZeros().toPlainString();
    }
}
