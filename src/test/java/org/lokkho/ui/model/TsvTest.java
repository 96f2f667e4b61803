package org.lokkho.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TsvTest {
    @Test
    void readsExcelBlockWithQuotedMultiLineCellAndTrailingNewline() {
        String excel = "১\t\"দুই\nলাইন\"\t৩\r\n৪\t\"বলা \"\"হলো\"\"\"\t\n";
        assertThat(Tsv.parse(excel)).containsExactly(List.of("১", "দুই\nলাইন", "৩"), List.of("৪", "বলা \"হলো\"", ""));
    }

    @Test
    void writesWhatItReads() {
        List<List<String>> block = List.of(List.of("a\tb", "c"), List.of("", "লাইন\nদুই"));
        assertThat(Tsv.parse(Tsv.format(block))).isEqualTo(block);
        assertThat(Tsv.format(List.of(List.of("x", "y")))).isEqualTo("x\ty\n");
    }

    @Test
    void emptyTextIsNoRows() {
        assertThat(Tsv.parse("")).isEmpty();
        assertThat(Tsv.parse("single")).containsExactly(List.of("single"));
    }
}
