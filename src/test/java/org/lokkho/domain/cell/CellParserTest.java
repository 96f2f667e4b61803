package org.lokkho.domain.cell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellParserTest {

    private static CellValue ok(String raw, ColumnType type) {
        ParsedCell p = CellParser.parse(raw, type);
        assertThat(p.problem()).as("problem for '%s'", raw).isEmpty();
        assertThat(p.value().raw()).as("raw text is kept exactly").isEqualTo(raw);
        return p.value();
    }

    private static void assertNumber(CellValue v, CellKind kind, String expected) {
        assertThat(v.kind()).isEqualTo(kind);
        assertThat(v.number()).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "৪|4", "4|4", "০৩|3", "১২.৫|12.5", "12.5|12.5", "৩.০০|3.00", ".০০২|0.002", ".০০৩৭|0.0037",
            "১২,৩৪,৫৬৭|1234567", "১,৯৫|1.95", "1,95|1.95", "১২,৩৪৫|12345", "1,234,567|1234567", "-৫|-5", "৮|8"})
    void numbersInBothDigitSets(String raw, String expected) {
        assertNumber(ok(raw, ColumnType.NUMBER), CellKind.NUMBER, expected);
        assertNumber(ok(raw, ColumnType.VALUE), CellKind.NUMBER, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"১০০%|100", "৯০%|90", "100%|100", "৮৫.৫ %|85.5", "৬০%|60"})
    void percentages(String raw, String expected) {
        assertNumber(ok(raw, ColumnType.VALUE), CellKind.PERCENT, expected);
        assertNumber(ok(raw, ColumnType.PERCENT), CellKind.PERCENT, expected);
    }

    @Test
    void aBareNumberInAPercentColumnIsAPercentage() {
        assertNumber(ok("৯০", ColumnType.PERCENT), CellKind.PERCENT, "90");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "৩০/০৬/২২|2022-06-30", "৯/৭/২২|2022-07-09", "২০/০৭/২২|2022-07-20", "৩১.৭.১৭|2017-07-31", "১.১২.১৭|2017-12-01",
            "৩০-০৬-২০২২|2022-06-30", "৩১-১২-২০২2|2022-12-31", "০৭/০৭/২২খ্রিঃ|2022-07-07", "৩১/০৫/২০২১খ্রি.|2021-05-31",
            "২৯/৬/২২খ্রি.|2022-06-29", "তারিখ ৩০/৬/২২|2022-06-30", "তারিখঃ ৩০/৬/২২|2022-06-30", "১ জুলাই, ২০২৩|2023-07-01",
            "১ জুলাই ২০২৩|2023-07-01", "৬ ফেব্রুয়ারি ২০২০|2020-02-06", "১৫ই ফেব্রুয়ারি ২০২০|2020-02-15",
            "27 January 2020|2020-01-27", "15/03/2020|2020-03-15"})
    void dates(String raw, String iso) {
        CellValue v = ok(raw, ColumnType.VALUE);
        assertThat(v.kind()).isEqualTo(CellKind.DATE);
        assertThat(v.date()).isEqualTo(LocalDate.parse(iso));
        assertThat(ok(raw, ColumnType.DATE).date()).isEqualTo(LocalDate.parse(iso));
    }

    @Test
    void monthNamesTypedWithThePrecomposedYaStillParse() {
        // Keyboards differ: য় may arrive as U+09DF or as য + nukta (U+09AF U+09BC).
        String precomposed = "১০ জানু\u09DFারি ২০২৩";
        assertThat(ok(precomposed, ColumnType.DATE).date()).isEqualTo(LocalDate.of(2023, 1, 10));
    }

    @Test
    void dateRange() {
        CellValue v = ok("০১-১২-২০২৩ থেকে ৩১-১২-২০২৩", ColumnType.VALUE);
        assertThat(v.kind()).isEqualTo(CellKind.DATE_RANGE);
        assertThat(v.date()).isEqualTo(LocalDate.of(2023, 12, 1));
        assertThat(v.dateTo()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(v.effectiveDate()).isEqualTo(LocalDate.of(2023, 12, 31));
    }

    @Test
    void backwardsRangeIsAnError() {
        ParsedCell p = CellParser.parse("৩১-১২-২০২৩ থেকে ০১-১২-২০২৩", ColumnType.VALUE);
        assertThat(p.problem()).hasValueSatisfying(pr -> assertThat(pr.isError()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "--", "–", " - "})
    void dashIsNoneNotZero(String raw) {
        for (ColumnType t : new ColumnType[] {ColumnType.VALUE, ColumnType.NUMBER, ColumnType.PERCENT, ColumnType.DATE}) {
            CellValue v = ok(raw, t);
            assertThat(v.kind()).isEqualTo(CellKind.NONE);
            assertThat(v.number()).isNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"প্রযোজ্য নয়", "প্রযোজ্য নয়।", "প্রযোজ্য নহে", "প্রযোজ্য ন\u09DF", "প্রযোজ্য  নয়", "N/A", "Not applicable"})
    void notApplicable(String raw) {
        CellValue v = ok(raw, ColumnType.VALUE);
        assertThat(v.kind()).isEqualTo(CellKind.NOT_APPLICABLE);
        assertThat(v.number()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void blank(String raw) {
        ParsedCell p = CellParser.parse(raw, ColumnType.VALUE);
        assertThat(p.problem()).isEmpty();
        assertThat(p.value().isBlank()).isTrue();
        assertThat(CellParser.parse(null, ColumnType.NUMBER).value().isBlank()).isTrue();
    }

    @Test
    void numberWithUnitWord() {
        CellValue v = ok("৪০জন", ColumnType.VALUE);
        assertNumber(v, CellKind.NUMBER, "40");
        assertThat(v.unit()).isEqualTo("জন");
        CellValue lakh = ok("৫০ লক্ষ", ColumnType.VALUE);
        assertNumber(lakh, CellKind.NUMBER, "50");
        assertThat(lakh.unit()).isEqualTo("লক্ষ");
        CellValue crore = ok("১,৯৫ কোটি", ColumnType.NUMBER);
        assertNumber(crore, CellKind.NUMBER, "1.95");
        assertThat(crore.unit()).isEqualTo("কোটি");
        assertThat(ok("৪টি", ColumnType.VALUE).unit()).isEqualTo("টি");
        assertThat(ok("১৫ দিন", ColumnType.VALUE).unit()).isEqualTo("দিন");
        // "মে" (May) inside a unit word is not a month
        assertThat(ok("১০ মেট্রিক টন", ColumnType.VALUE).unit()).isEqualTo("মেট্রিক টন");
    }

    @Test
    void countWithDeadline() {
        CellValue v = ok("০৩ ৩০/০৬/২২", ColumnType.VALUE);
        assertNumber(v, CellKind.NUMBER, "3");
        assertThat(v.date()).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(v.unit()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"৩১/০২/২২", "৩০/১৩/২২", "৩১.৪.২২", "৩০ ফেব্রুয়ারি ২০২২"})
    void impossibleDatesAreNoSuchDateErrors(String raw) {
        ParsedCell p = CellParser.parse(raw, ColumnType.VALUE);
        assertThat(p.problem()).hasValueSatisfying(pr -> {
            assertThat(pr.isError()).isTrue();
            assertThat(pr.key()).isEqualTo("cell.error.noSuchDate");
            assertThat(pr.args()).containsExactly(raw);
        });
        assertThat(p.value().raw()).isEqualTo(raw);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "চলমান|VALUE|cell.error.notValue", "abc|NUMBER|cell.error.notNumber", "৩০/০৬/২২|NUMBER|cell.error.notNumber",
            "abc|PERCENT|cell.error.notPercent", "৫|DATE|cell.error.notDate", "১০০%|DATE|cell.error.notDate",
            "১২.৩.৪.৫|VALUE|cell.error.notValue", "%|VALUE|cell.error.notValue", "১,২,৩|VALUE|cell.error.notValue",
            "৪০ জন ৩০/০৬|VALUE|cell.error.notValue", "১৫ই ফেব্রুয়ারির মধ্যে|VALUE|cell.error.notValue",
            "৫ মে|VALUE|cell.error.notValue", "১০ জুনের মধ্যে|NUMBER|cell.error.notNumber", "15 March|VALUE|cell.error.notValue"})
    void garbageGivesAnErrorAndKeepsTheText(String raw, ColumnType type, String key) {
        ParsedCell p = CellParser.parse(raw, type);
        assertThat(p.isValid()).isFalse();
        assertThat(p.problem().orElseThrow().key()).isEqualTo(key);
        assertThat(p.value().kind()).isEqualTo(CellKind.TEXT);
        assertThat(p.value().raw()).isEqualTo(raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999999999999999999/1/1", "1/1/99999", "৯৯৯৯৯৯৯৯৯৯৯৯৯৯৯৯ জন", "1e999999999", "((((", "\\d+",
            "৩১-১২-২০২৩ থেকে", "থেকে ৩১-১২-২০২৩", "0/0/00", "00.00.0000", "১ জুলাই, ০০০০", "+", ".", ",", "%%", "১০০%%"})
    void neverThrows(String raw) {
        for (ColumnType t : ColumnType.values()) {
            assertThatCode(() -> CellParser.parse(raw, t)).doesNotThrowAnyException();
        }
    }

    @Test
    void textColumnsKeepAnything() {
        CellValue v = ok("১.১ নৈতিকতা কমিটির সভা আয়োজন", ColumnType.TEXT);
        assertThat(v.kind()).isEqualTo(CellKind.TEXT);
        assertThat(ok("-", ColumnType.TEXT).kind()).isEqualTo(CellKind.TEXT);
        assertThat(ok("সংখ্যা", ColumnType.CHOICE).kind()).isEqualTo(CellKind.TEXT);
    }
}
