package org.lokkho.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lokkho.domain.calendar.FiscalYear;
import org.lokkho.domain.calendar.Period;
import org.lokkho.domain.cell.CellValue;
import org.lokkho.domain.cell.ColumnType;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.RowKind;
import org.lokkho.domain.document.RowNumbering;
import org.lokkho.domain.document.TableContent;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.template.ColumnTemplate;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.LocalizedText;
import org.lokkho.domain.template.Numbering;
import org.lokkho.domain.template.SectionKind;
import org.lokkho.domain.template.SectionTemplate;

/**
 * Tables with more columns than a page holds at the usual 8 pt, from a template the renderer has never seen: the
 * type gets smaller before any number is cut, and below the smallest type only what cannot fit is cut, between
 * syllables, never over a rule or another text.
 */
class CrowdedTableTest {
    private static final String[] VALUES = {"১২,৩৪৫.৬৭", "২৯/০৬/২০২২", "(১০০%)", "২০২৩-২৪", "৯৮.৫০%"};

    private static FormTemplate template(int columns, String header, double firstWidth) {
        List<ColumnTemplate> cols = new ArrayList<>();
        cols.add(new ColumnTemplate("name", LocalizedText.of("কার্যক্রম"), ColumnType.TEXT, firstWidth, false, false, null,
                false, null));
        for (int i = 1; i < columns; i++) {
            cols.add(new ColumnTemplate("c" + i, LocalizedText.of(header), ColumnType.VALUE, 1, false, false, null, false,
                    null));
        }
        SectionTemplate table = new SectionTemplate("table", SectionKind.TABLE, LocalizedText.of("পরিকল্পনা"), null,
                "landscape", cols, null, null, null, Numbering.NONE, null, false, null, null, null);
        return new FormTemplate("crowded-test", "crowded", 1, "2023-24", LocalizedText.of("পরীক্ষা"), "landscape",
                List.of(), List.of(table), null, false);
    }

    private static FormDocument document(FormTemplate t, int columns, String name, String[] values) {
        FormDocument doc = new FormDocument(0, t.id(), t.version(), 1, FiscalYear.parse("2023-24"), Period.ANNUAL, null, "",
                null, Map.of());
        List<TableRow> rows = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            TableRow row = new TableRow(null, RowKind.ITEM, "", "", Map.of(), Map.of(), false, List.of());
            row.setCell("name", CellValue.text(name));
            for (int i = 1; i < columns; i++) {
                row.setCell("c" + i, CellValue.text(values[(i + r) % values.length]));
            }
            rows.add(row);
        }
        RowNumbering.renumber(rows, Numbering.NONE);
        doc.putSection("table", new TableContent(rows));
        return doc;
    }

    @Test
    void tooManyColumnsForEightPointTypePrintSmallerWithEveryNumberWhole() throws Exception {
        FormTemplate t = template(20, "কর্মসম্পাদন সূচকের মান", 3);
        PrintedLayout printed = PrintedLayout.read(PdfTestSupport.export(t, document(t, 20, "রাজস্ব আহরণ", VALUES), null));
        List<PrintedLayout.Line> values = printed.lines.stream()
                .filter(l -> List.of(VALUES).contains(l.text().strip())).toList();
        // Each of 19 columns × 4 rows prints its value whole on one line.
        assertThat(values).hasSize(19 * 4);
        assertThat(values).allSatisfy(l -> assertThat(l.size()).isLessThan(8f).isGreaterThanOrEqualTo(LayoutChecks.FLOOR));
        assertThat(LayoutChecks.cutTokens(printed, "")).isEmpty();
        assertThat(LayoutChecks.textOverRules(printed)).isEmpty();
        assertThat(LayoutChecks.overlaps(printed)).isEmpty();
    }

    @Test
    void whatCannotFitEvenAtTheSmallestTypeIsCutBetweenSyllablesAndStaysInsideItsCell() throws Exception {
        String[] wide = {"১২৩৪৫৬৭৮৯০১২৩৪৫৬৭৮৯০", "প্রাতিষ্ঠানিকীকরণপ্রক্রিয়াকরণ"};
        FormTemplate t = template(30, "প্রাতিষ্ঠানিকীকরণের মান", 2);
        PrintedLayout printed = PrintedLayout.read(PdfTestSupport.export(t, document(t, 30, "কার্যক্রম", wide), null));
        assertThat(printed.lines).allSatisfy(l -> {
            if (printed.cellOf(l) != null) {
                assertThat(l.size()).isEqualTo(LayoutChecks.FLOOR);
            }
        });
        assertThat(LayoutChecks.textOverRules(printed)).isEmpty();
        assertThat(LayoutChecks.overlaps(printed)).isEmpty();
        // Cut, as nothing else can be done, but never inside a syllable (the cut-word rule allows it at 6.5 pt).
        assertThat(LayoutChecks.cutTokens(printed, "")).isEmpty();
        String all = PdfTestSupport.noSpace(String.join("", printed.lines.stream().map(PrintedLayout.Line::text).toList()));
        assertThat(all).contains("প্রাতিষ্ঠানিক");
    }
}
