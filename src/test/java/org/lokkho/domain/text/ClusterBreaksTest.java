package org.lokkho.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterBreaksTest {
    private static List<String> pieces(String word) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < word.length(); i++) {
            if (ClusterBreaks.canBreakBefore(word, i)) {
                out.add(word.substring(start, i));
                start = i;
            }
        }
        out.add(word.substring(start));
        return out;
    }

    @Test
    void aVowelSignStaysWithItsConsonantAndAConjunctStaysWhole() {
        // "সেপ্টেম্বর": the legacy grapheme rules of Java 17 would cut before ে and after the hasanta of প্
        assertThat(pieces("সেপ্টেম্বর")).containsExactly("সে", "প্টে", "ম্ব", "র");
        assertThat(pieces("কর্মসম্পাদনের")).containsExactly("ক", "র্ম", "স", "ম্পা", "দ", "নে", "র");
        assertThat(pieces("পদ্ধতি")).containsExactly("প", "দ্ধ", "তি");
    }

    @Test
    void joinersAndTheEdgesAreNeverBreakPoints() {
        String withZwnj = "ক্\u200Cষ";
        assertThat(ClusterBreaks.canBreakBefore(withZwnj, 2)).as("before ZWNJ").isFalse();
        assertThat(ClusterBreaks.canBreakBefore("র\u200D্য", 1)).isFalse();
        assertThat(ClusterBreaks.canBreakBefore("ab", 0)).isFalse();
        assertThat(ClusterBreaks.canBreakBefore("ab", 2)).isFalse();
        assertThat(ClusterBreaks.canBreakBefore("a\uD83D\uDE00", 2)).as("inside a surrogate pair").isFalse();
    }

    @Test
    void aHyphenOrSlashIsThePreferredPlaceToWrap() {
        String months = "জুলাই-সেপ্টেম্বর";
        int afterHyphen = months.indexOf('-') + 1;
        assertThat(ClusterBreaks.isPreferredBreak(months, afterHyphen)).isTrue();
        assertThat(ClusterBreaks.isPreferredBreak(months, afterHyphen + 2)).isFalse();
        assertThat(ClusterBreaks.isPreferredBreak("ব্যক্তি/পদ", "ব্যক্তি/".length())).isTrue();
    }
}
