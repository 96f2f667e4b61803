package org.lokkho.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lokkho.domain.cell.CellKind;
import org.lokkho.domain.document.TableRow;

/** forms-spec §8.4 worked example: NIS 2021-22, 17 rows, 40.83 of 50 (81.67 %). */
class NisWorkedExampleTest {
    private final Map<String, TableRow> rows = new LinkedHashMap<>();
    private TableRow g1;
    private TableRow g2;
    private TableRow g3;
    private ScoreReport report;

    @BeforeEach
    void build() {
        NisTable t = NisTable.annual();
        g1 = t.group("প্রাতিষ্ঠানিক ব্যবস্থা");
        rows.put("১.১", t.item("নৈতিকতা কমিটির সভা", "৪", "সংখ্যা", "৪", "১", "১", "১", "১"));
        rows.put("১.২", t.item("সিদ্ধান্ত বাস্তবায়ন", "৬", "%", "১০০%", "১০০%", "১০০%", "১০০%", "১০০%"));
        rows.put("১.৩", t.item("অংশীজন সভা", "২", "সংখ্যা", "২", "১", "১", "১", "১"));
        rows.put("১.৪", t.item("প্রশিক্ষণ", "২", "সংখ্যা", "২", "-", "৪০জন", "-", "৪০জন"));
        rows.put("১.৫", t.item("কর্ম-পরিবেশ", "২", "সংখ্যা", "০৩ ৩০/০৬/২২", "-", "-", "০১", "০১ ১৫/০৬/২২"));
        rows.put("১.৬", t.item("প্রতিবেদন দাখিল", "১", "সংখ্যা", "৪", "১", "১", "১", "১"));
        rows.put("১.৭", t.item("ফিডব্যাক সভা", "৪", "সংখ্যা", "৪", "-", "-", "-", "৪টি"));
        rows.put("১.৮", t.item("পুরস্কার", "১", "তারিখ", "৩০/০৬/২২", "-", "-", "-", "২০/০৬/২২"));
        g2 = t.group("আর্থিক ব্যবস্থাপনা উন্নয়ন");
        rows.put("২.১", t.item("ক্রয়-পরিকল্পনা প্রকাশ", "২", "তারিখ", "৩১/০৮/২১", "২১/৮/২১"));
        rows.put("২.২", t.item("PSC/PIC সভা", "২", "সংখ্যা", "৪", "-", "১", "২", "-"));
        rows.put("২.৩", t.item("ADP বাস্তবায়ন", "২", "%", "১০০%", "-", "-", "-", "১০০%"));
        rows.put("২.৪", t.item("সম্পদ হস্তান্তর", "২", "তারিখ", "তারিখ ৩০/৬/২২", "প্রযোজ্য নয়"));
        NisTable.set(rows.get("২.৪"), "remarks", "কোন গাড়ী ক্রয় করা হয়নি");
        g3 = t.group("শুদ্ধাচার সংশ্লিষ্ট এবং দুর্নীতি প্রতিরোধে সহায়ক অন্যান্য কার্যক্রম");
        rows.put("৩.১", t.item("কর্মশালা", "৪", "সংখ্যা", "২", "-", "১", "-", "১"));
        rows.put("৩.২", t.item("MIS প্রবর্তন", "৪", "তারিখ", "৩০/০৬/২২", "-", "-", "চলমান", "চলমান"));
        rows.put("৩.৩", t.item("অনলাইন ট্রেড লাইসেন্স", "৪", "তারিখ", "৩০/০৬/২২", null, null, null, "চলমান"));
        rows.put("৩.৪", t.item("কনফারেন্স রুম সফটওয়্যার", "৪", "তারিখ", "৩০/০৬/২২", "-", "-", "-", "৯/৬/২২"));
        rows.put("৩.৫", t.item("দুর্নীতি বিরোধী দিবস", "৪", "সংখ্যা", "১", "-", "১", "-", "-"));
        report = t.score();
    }

    @Test
    void totalIs40point83OutOf50() {
        assertThat(report.rule()).isEqualTo("nis-proportional");
        assertThat(report.rows()).hasSize(17);
        assertThat(report.total()).isEqualByComparingTo("40.83");
        assertThat(report.max()).isEqualByComparingTo("50");
        assertThat(report.percent()).isEqualByComparingTo("81.67");
        assertThat(report.notes()).isEmpty();
    }

    @Test
    void everyRowsMarks() {
        Map<String, String> expected = new LinkedHashMap<>();
        String[][] table = {{"১.১", "4.00"}, {"১.২", "6.00"}, {"১.৩", "2.00"}, {"১.৪", "2.00"}, {"১.৫", "1.33"},
                {"১.৬", "1.00"}, {"১.৭", "4.00"}, {"১.৮", "1.00"}, {"২.১", "2.00"}, {"২.২", "1.50"}, {"২.৩", "2.00"},
                {"২.৪", "2.00"}, {"৩.১", "4.00"}, {"৩.২", "0.00"}, {"৩.৩", "0.00"}, {"৩.৪", "4.00"}, {"৩.৫", "4.00"}};
        for (String[] r : table) {
            expected.put(r[0], r[1]);
        }
        expected.forEach((code, marks) -> {
            RowScore s = report.row(rows.get(code).id()).orElseThrow();
            assertThat(s.code()).isEqualTo(code);
            assertThat(s.obtained()).as(code).isEqualTo(new BigDecimal(marks));
            assertThat(s.excluded()).isFalse();
        });
    }

    @Test
    void totalAchievementColumn() {
        assertAchieved("১.১", CellKind.NUMBER, "৪");
        assertAchieved("১.২", CellKind.PERCENT, "১০০%");
        assertAchieved("১.৩", CellKind.NUMBER, "৪");
        assertAchieved("১.৪", CellKind.NUMBER, "২");
        assertAchieved("১.৫", CellKind.NUMBER, "২");
        assertAchieved("১.৭", CellKind.NUMBER, "৪");
        assertAchieved("১.৮", CellKind.DATE, "২০/০৬/২০২২");
        assertAchieved("২.১", CellKind.DATE, "২১/০৮/২০২১");
        assertAchieved("২.২", CellKind.NUMBER, "৩");
        assertAchieved("২.৩", CellKind.PERCENT, "১০০%");
        assertAchieved("২.৪", CellKind.NOT_APPLICABLE, "প্রযোজ্য নয়");
        assertAchieved("৩.২", CellKind.BLANK, "");
        assertAchieved("৩.৪", CellKind.DATE, "০৯/০৬/২০২২");
        assertThat(achieved("১.২").number()).isEqualByComparingTo("100");
        assertThat(achieved("৩.৪").date()).isEqualTo(java.time.LocalDate.of(2022, 6, 9));
    }

    @Test
    void notesExplainTheUnusualRows() {
        assertThat(row("১.৪").note()).isEqualTo("score.note.countedAsOccurrences");
        assertThat(row("২.৪").note()).isEqualTo("score.note.notApplicableFullMarks");
        assertThat(row("৩.২").note()).isEqualTo("score.note.notDone");
        assertThat(row("১.১").note()).isNull();
    }

    @Test
    void groupSubtotals() {
        assertThat(report.groups()).hasSize(3);
        assertGroup(g1, "১", "21.33", "22");
        assertGroup(g2, "২", "7.50", "8");
        assertGroup(g3, "৩", "12.00", "20");
    }

    private void assertGroup(TableRow g, String code, String obtained, String max) {
        GroupScore s = report.group(g.id()).orElseThrow();
        assertThat(s.code()).isEqualTo(code);
        assertThat(s.title()).isEqualTo(g.title());
        assertThat(s.obtained()).isEqualByComparingTo(obtained);
        assertThat(s.max()).isEqualByComparingTo(max);
    }

    private RowScore row(String code) {
        return report.row(rows.get(code).id()).orElseThrow();
    }

    private org.lokkho.domain.cell.CellValue achieved(String code) {
        return row(code).achieved();
    }

    private void assertAchieved(String code, CellKind kind, String raw) {
        assertThat(achieved(code).kind()).as(code).isEqualTo(kind);
        assertThat(achieved(code).raw()).as(code).isEqualTo(raw);
    }
}
