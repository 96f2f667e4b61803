package org.lokkho.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lokkho.domain.cell.CellKind;
import org.lokkho.domain.cell.CellParser;
import org.lokkho.domain.cell.CellValue;
import org.lokkho.domain.cell.ColumnType;
import org.lokkho.domain.scoring.Aggregation.Method;

/** forms-spec §8.5 গণনা পদ্ধতি. */
class AggregationTest {
    private static List<CellValue> q(String... raw) {
        return Arrays.stream(raw).map(r -> CellParser.parse(r, ColumnType.VALUE).value()).toList();
    }

    @Test
    void theSpecExample() {
        List<CellValue> quarters = q("১০", "১৫", "২০", "২৫");
        assertThat(Aggregation.numeric(Method.SUM, quarters)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("70"));
        assertThat(Aggregation.numeric(Method.AVERAGE, quarters)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("17.5"));
        assertThat(Aggregation.numeric(Method.CUMULATIVE, quarters)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("25"));
        assertThat(Aggregation.aggregate(Method.AVERAGE, quarters, false).raw()).isEqualTo("১৭.৫");
        assertThat(Aggregation.aggregate(Method.SUM, quarters, false).raw()).isEqualTo("৭০");
    }

    @Test
    void placeholdersAreLeftOutNotZero() {
        List<CellValue> quarters = q("১০", "-", "", "প্রযোজ্য নয়");
        assertThat(Aggregation.numeric(Method.AVERAGE, quarters)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("10"));
        assertThat(Aggregation.numeric(Method.CUMULATIVE, q("১০", "২০", "-", ""))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("20"));
        assertThat(Aggregation.numeric(Method.SUM, q("-", "", "--", ""))).isEmpty();
        assertThat(Aggregation.aggregate(Method.SUM, q("-", "", "--", ""), false).isBlank()).isTrue();
    }

    @Test
    void completionDateIsTheLatestReported() {
        List<CellValue> quarters = q("-", "১৫/১০/২১", "০৩/০১/২২", "০১-০২-২০২২ থেকে ১০-০২-২০২২");
        assertThat(Aggregation.completionDate(quarters)).contains(LocalDate.of(2022, 2, 10));
        CellValue c = Aggregation.aggregate(Method.DATE, quarters, false);
        assertThat(c.kind()).isEqualTo(CellKind.DATE);
        assertThat(c.raw()).isEqualTo("১০/০২/২০২২");
        assertThat(Aggregation.completionDate(q("-", "চলমান"))).isEmpty();
    }

    @Test
    void percentagesKeepTheirSign() {
        CellValue c = Aggregation.aggregate(Method.AVERAGE, q("১০০%", "৫০%"), true);
        assertThat(c.kind()).isEqualTo(CellKind.PERCENT);
        assertThat(c.raw()).isEqualTo("৭৫%");
    }

    @Test
    void methodNamesInBengaliAndEnglish() {
        assertThat(Method.parse("সমষ্টি")).contains(Method.SUM);
        assertThat(Method.parse(" গড় ")).contains(Method.AVERAGE);
        assertThat(Method.parse("ক্রমপুঞ্জিভূত")).contains(Method.CUMULATIVE);
        assertThat(Method.parse("তারিখ")).contains(Method.DATE);
        assertThat(Method.parse("average")).contains(Method.AVERAGE);
        assertThat(Method.parse("গড\u09BC")).contains(Method.AVERAGE);
        assertThat(Method.parse("অন্য")).isEmpty();
        assertThat(Method.parse(null)).isEmpty();
    }
}
