package org.lokkho.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lokkho.pdf.text.ShapedText;
import org.lokkho.pdf.text.TextShaper;

class LineBreakerTest {
    private static final String[] WORDS = {
        "নৈতিকতা", "কমিটির", "সভা", "আয়োজন", "PSC", "ও", "PIC", "(R12)", "১০০%", "100%", "12/05/2022", "-", "(",
        "কর্ম-পরিকল্পনা,", "ASYCUDA", "World", "সিস্টেমে", "e-mail:", "dc.karaitoli@customs.gov.bd", "+8801674300290",
        "০১৭১১-২২৩৩৪৪", "(stakeholders)", "→", "≥৯০%", "x≤৫", "r=85→2.55", "র‍্যাব", "ক্ষেত্রে", "।", "\"উদ্ভাবন\"", "৪র্থ", "2nd", "—", "১.১", "x",
        "বাস্তবায়নের‌দায়িত্বপ্রাপ্তব্যক্তিপদবাস্তবায়নেরদায়িত্বপ্রাপ্ত"
    };

    private final TextShaper shaper = TextShaper.shared();

    /** The breaker sums cached word widths; it must break exactly where shaping every candidate line whole does. */
    @Test
    void breaksExactlyWhereShapingEachCandidateLineWholeWould() {
        LineBreaker breaker = new LineBreaker(shaper);
        Random random = new Random(42);
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder();
            int words = 1 + random.nextInt(14);
            for (int w = 0; w < words; w++) {
                if (w > 0) {
                    text.append(random.nextInt(6) == 0 ? "  " : " ");
                }
                text.append(WORDS[random.nextInt(WORDS.length)]);
            }
            boolean bold = random.nextBoolean();
            float width = 15 + random.nextInt(200);
            List<String> expected = reference(text.toString(), bold, Style.TABLE_SIZE, width);
            List<String> actual = breaker.wrap(text.toString(), bold, Style.TABLE_SIZE, width).stream().map(ShapedText::text).toList();
            assertThat(actual).as("'%s' in %s pt", text, width).isEqualTo(expected);
        }
    }

    /** The algorithm before word widths were summed: every candidate line shaped whole (one paragraph). */
    private List<String> reference(String paragraph, boolean bold, float size, float maxWidth) {
        float limit = maxWidth * 1000f / size;
        List<String> lines = new ArrayList<>();
        String current = null;
        for (String word : paragraph.strip().split(" +")) {
            String candidate = current == null ? word : current + " " + word;
            if (shaper.shape(candidate, bold).advance() <= limit) {
                current = candidate;
                continue;
            }
            if (current != null) {
                lines.add(current);
            }
            current = word;
            if (shaper.shape(word, bold).advance() > limit) {
                current = breakLongWord(word, bold, limit, lines);
            }
        }
        if (current != null && !current.isEmpty()) {
            lines.add(current);
        }
        return lines;
    }

    private String breakLongWord(String word, boolean bold, float limit, List<String> lines) {
        java.text.BreakIterator clusters = java.text.BreakIterator.getCharacterInstance();
        clusters.setText(word);
        int lineStart = 0;
        int lastFit = 0;
        for (int end = clusters.next(); end != java.text.BreakIterator.DONE; end = clusters.next()) {
            if (end < word.length() && !LineBreaker.breakable(word, end)) {
                continue;
            }
            if (shaper.shape(word.substring(lineStart, end), bold).advance() > limit && lastFit > lineStart) {
                lines.add(word.substring(lineStart, lastFit));
                lineStart = lastFit;
            }
            lastFit = end;
        }
        return word.substring(lineStart);
    }

    /** A word too long for a narrow column is cut between syllables: never before a vowel sign, never after a hasanta. */
    @Test
    void aLongBengaliWordIsNeverCutInsideASyllable() {
        LineBreaker breaker = new LineBreaker(shaper);
        for (String word : new String[] {"পদ্ধতি", "কর্মসম্পাদন", "প্রতিষ্ঠানিকীকরণ", "চলতিমানেরনিম্নে", "র‍্যাবক্ষেত্রে"}) {
            for (float width = 6; width < 60; width += 1.5f) {
                List<ShapedText> lines = breaker.wrap(word, false, Style.TABLE_SIZE, width);
                assertThat(String.join("", lines.stream().map(ShapedText::text).toList())).isEqualTo(word);
                for (ShapedText line : lines) {
                    String t = line.text();
                    int first = Character.getType(t.codePointAt(0));
                    assertThat(first).as("'%s' of %s at %s pt", t, word, width)
                            .isNotIn((int) Character.NON_SPACING_MARK, (int) Character.COMBINING_SPACING_MARK);
                    assertThat(t.charAt(t.length() - 1)).as("'%s' of %s", t, word).isNotEqualTo('\u09CD');
                }
            }
        }
    }

    /** A pasted tab is a gap between words, not a zero-width glyph that glues them together. */
    @Test
    void aTabSeparatesWordsLikeASpace() {
        LineBreaker breaker = new LineBreaker(shaper);
        List<ShapedText> lines = breaker.wrap("কর্ম\tসম্পাদন", false, Style.TEXT_SIZE, 500);
        assertThat(lines).extracting(ShapedText::text).containsExactly("কর্ম সম্পাদন");
        assertThat(breaker.wrap("ক\u2028খ", false, Style.TEXT_SIZE, 500)).extracting(ShapedText::text).containsExactly("ক", "খ");
    }
}
