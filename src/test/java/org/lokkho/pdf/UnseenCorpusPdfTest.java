package org.lokkho.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lokkho.domain.calendar.FiscalYear;
import org.lokkho.domain.calendar.Period;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.cell.CellValue;
import org.lokkho.domain.cell.ColumnType;
import org.lokkho.domain.document.RowKind;
import org.lokkho.domain.document.TableContent;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.template.ColumnTemplate;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.LocalizedText;
import org.lokkho.domain.template.Numbering;
import org.lokkho.domain.template.SectionKind;
import org.lokkho.domain.template.SectionTemplate;

/**
 * The whole shaping audit corpus exported through the real exporter (one item per line of a list section), read back
 * from the PDF itself: every /ActualText span's glyph ids and glyph positions (as PDFBox's content-stream engine
 * places them, TJ adjustments and Ts rise included) equal hb-shape's for the span text in that font; the text layer
 * gives back every item exactly (PDFBox's own PDFTextStripper through ToUnicode, poppler's pdftotext through /ActualText); every font is embedded. The same glyph check
 * runs on the corpus set in narrow table cells.
 */
class UnseenCorpusPdfTest {
    private static List<String> items;
    private static byte[] pdf;

    @BeforeAll
    static void export() throws Exception {
        items = new String(UnseenCorpusPdfTest.class.getResourceAsStream("/shaping/bn-unseen-corpus.txt").readAllBytes(),
                StandardCharsets.UTF_8).lines().toList();
        pdf = PdfTestSupport.exportList(items);
        Path sample = Path.of("target/pdf-samples/unseen-corpus.pdf");
        Files.createDirectories(sample.getParent());
        Files.write(sample, pdf);
    }

    @Test
    void glyphsInThePdfAreHarfBuzzGlyphs() throws Exception {
        Assumptions.assumeTrue(PdfTestSupport.onPath("hb-shape"), "hb-shape not installed");
        assertThat(PdfGlyphCheck.assertGlyphsAreHarfBuzz(pdf)).isGreaterThan(30_000);
    }

    /**
     * The corpus in the narrow cells of a six-column table (bold header, lines wrapped and long words cut between
     * clusters): the glyphs of every line are still exactly HarfBuzz's for that line's text.
     */
    @Test
    void glyphsInNarrowTableCellsAreHarfBuzzGlyphs() throws Exception {
        Assumptions.assumeTrue(PdfTestSupport.onPath("hb-shape"), "hb-shape not installed");
        List<ColumnTemplate> cols = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            cols.add(new ColumnTemplate("c" + c, LocalizedText.of(items.get(c * 7) + " " + items.get(c * 7 + 1)), ColumnType.TEXT, 1,
                    false, false, null, false, null));
        }
        SectionTemplate table = new SectionTemplate("cells", SectionKind.TABLE, LocalizedText.of("শব্দ (words)"), null, "portrait",
                cols, null, null, null, Numbering.NONE, null, false, null, null, null);
        FormTemplate t = new FormTemplate("cells", "test", 1, "2023-24", LocalizedText.of("cells"), "portrait", List.of(),
                List.of(table), null, false);
        FormDocument doc = new FormDocument(0, "cells", 1, 1, FiscalYear.parse("2023-24"), Period.ANNUAL, null, "", null, Map.of());
        List<TableRow> rows = new ArrayList<>();
        int perCell = 8;
        for (int i = 0; i < items.size(); i += perCell * cols.size()) {
            TableRow r = new TableRow(null, RowKind.ITEM, "", "", Map.of(), Map.of(), false, List.of());
            for (int c = 0; c < cols.size(); c++) {
                int from = Math.min(items.size(), i + c * perCell);
                r.setCell("c" + c, CellValue.text(String.join(" ", items.subList(from, Math.min(items.size(), from + perCell)))));
            }
            rows.add(r);
        }
        doc.putSection("cells", new TableContent(rows));
        byte[] cells = PdfTestSupport.export(t, doc, null);
        Files.write(Path.of("target/pdf-samples/unseen-corpus-table.pdf"), cells);
        assertThat(PdfGlyphCheck.assertGlyphsAreHarfBuzz(cells)).isGreaterThan(30_000);
    }

    @Test
    void pdfBoxsOwnStripperGivesBackEveryItemExactly() throws Exception {
        // PDFBox's stock PDFTextStripper ignores /ActualText: this reads the ToUnicode text layer alone.
        String text;
        try (PDDocument d = Loader.loadPDF(pdf)) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(d);
        }
        assertThat(lines(text)).containsExactlyElementsOf(items);
    }

    @Test
    void pdftotextGivesBackEveryItemExactly() throws Exception {
        Assumptions.assumeTrue(PdfTestSupport.onPath("pdftotext"), "pdftotext not installed");
        assertThat(lines(PdfTestSupport.run(pdf, "pdftotext", "-raw", "-enc", "UTF-8"))).containsExactlyElementsOf(items);
    }

    @Test
    void pdffontsShowsOnlyEmbeddedFonts() throws Exception {
        Assumptions.assumeTrue(PdfTestSupport.onPath("pdffonts"), "pdffonts not installed");
        List<String> rows = PdfTestSupport.run(pdf, "pdffonts").lines().skip(2).filter(l -> !l.isBlank()).toList();
        assertThat(rows).isNotEmpty();
        for (String row : rows) {
            String[] cols = row.trim().split("\\s+");
            assertThat(cols[cols.length - 5]).as(row).isEqualTo("yes");
        }
    }

    /** The page's lines without the page footers (items are short enough never to wrap in landscape). */
    private static List<String> lines(String text) {
        return text.lines().map(l -> l.replace("\f", "").strip()).filter(l -> !l.isEmpty() && !l.startsWith("পৃষ্ঠা ")).toList();
    }

}
