package org.lokkho.pack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Evidence entry names built from row codes and file names (which may come from an imported, hostile document). */
class EvidencePathTest {
    @Test
    void readableRowAndQuarterFolders() {
        assertThat(EntryNames.evidencePath("১.২/Q1/সভার কার্যবিবরণী.pdf")).isEqualTo("evidence/১.২/Q1/সভার কার্যবিবরণী.pdf");
        assertThat(EntryNames.evidencePath("1.3/register.xlsx")).isEqualTo("evidence/1.3/register.xlsx");
    }

    @Test
    void hostileCodesCannotEscapeOrBreakTheName() {
        for (String hostile : new String[] {"../../etc/Q1/passwd", "..\\\\..\\\\x/Q1/a.txt", "C:/Q1/a.txt", "1.2./Q1/a.txt ",
                "/abs/Q1/a.txt", "a\u0000b/Q1/c:d*.txt", "./././f", "x".repeat(300) + "/Q1/" + "y".repeat(300) + ".pdf"}) {
            String name = EntryNames.evidencePath(hostile);
            assertThat(EntryNames.isSafe(name)).as(name).isTrue();
            assertThat(name).startsWith("evidence/").doesNotContain("..");
            assertThat(EntryNames.isSafe(name + "-99")).as("room for a collision suffix: " + name).isTrue();
        }
        assertThat(EntryNames.evidencePath("x".repeat(300) + "/Q1/" + "y".repeat(300) + ".pdf")).endsWith(".pdf");
        assertThat(EntryNames.evidencePath("..")).isEqualTo("evidence/file");
    }
}
