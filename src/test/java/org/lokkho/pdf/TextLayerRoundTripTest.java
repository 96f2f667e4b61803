package org.lokkho.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.SectionTemplate;
import org.lokkho.pdf.layout.TableRenderer;

/** Copy/paste and search must give back exactly what was typed: checked with PDFBox and with poppler. */
class TextLayerRoundTripTest {
    private final FormTemplate template = PdfFixtures.nis();
    private final FormDocument doc = PdfFixtures.nisDocument(template, 18);

    @Test
    void stockPdfBoxStripperExtractsEveryCellExactly() throws Exception {
        // PDFBox's own PDFTextStripper ignores /ActualText and reads ToUnicode only: each cluster's first glyph
        // carries the cluster's text, so it too must give back what was typed, in logical order.
        byte[] pdf = PdfTestSupport.export(template, doc, PdfFixtures.report(doc));
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertCellsPresent(new org.apache.pdfbox.text.PDFTextStripper().getText(d));
        }
    }

    @Test
    void stockPdfBoxStripperSortedByPositionReadsEveryWordExactly() throws Exception {
        // Sorted by position, PDFBox reads visual lines straight across the table, so a wrapped cell's lines are
        // interleaved with its neighbours' (as for any table): whole words must still come out exactly.
        byte[] pdf = PdfTestSupport.export(template, doc, PdfFixtures.report(doc));
        String sorted;
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setSortByPosition(true);
            sorted = stripper.getText(d);
        }
        java.util.Set<String> words = new java.util.HashSet<>(List.of(sorted.split("\\s+")));
        assertThat(wordsNotIn(words)).isEmpty();
    }

    @Test
    void pdfBoxExtractsEveryCellExactly() throws Exception {
        byte[] pdf = PdfTestSupport.export(template, doc, PdfFixtures.report(doc));
        assertCellsPresent(PdfTestSupport.extract(pdf));
    }

    @Test
    void popplerExtractsEveryCellExactly() throws Exception {
        Assumptions.assumeTrue(PdfTestSupport.onPath("pdftotext"), "pdftotext not installed");
        byte[] pdf = PdfTestSupport.export(template, doc, PdfFixtures.report(doc));
        assertCellsPresent(PdfTestSupport.run(pdf, "pdftotext", "-raw", "-enc", "UTF-8"));
    }

    @Test
    void popplerSeesEveryWordAsAWordWithItsOwnBox() throws Exception {
        // Word-by-word checks crop each word by the box `pdftotext -bbox` gives it: one /ActualText span per word,
        // so a line is not one "word", and a glyph never reaches over the space after its word.
        Assumptions.assumeTrue(PdfTestSupport.onPath("pdftotext"), "pdftotext not installed");
        byte[] pdf = PdfTestSupport.export(template, doc, PdfFixtures.report(doc));
        String html = PdfTestSupport.run(pdf, "pdftotext", "-bbox");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>").matcher(html);
        java.util.Set<String> words = new java.util.HashSet<>();
        float lastX = -1;
        float lastY = -1;
        int overlaps = 0;
        int count = 0;
        while (m.find()) {
            float x0 = Float.parseFloat(m.group(1));
            float y0 = Float.parseFloat(m.group(2));
            float x1 = Float.parseFloat(m.group(3));
            String word = m.group(5).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"");
            assertThat(word).as("a word box holds one word").doesNotContain(" ");
            if (Math.abs(y0 - lastY) < 0.01f && x0 < lastX - 0.01f) {
                overlaps++;
            }
            lastX = x1;
            lastY = y0;
            words.add(word);
            count++;
        }
        assertThat(count).isGreaterThan(500);
        assertThat(overlaps).as("boxes of neighbouring words on a line overlapping").isZero();
        assertThat(wordsNotIn(words)).isEmpty();
    }

    @Test
    void headerWordsWithRephAndConjunctsExtractExactly() throws Exception {
        String text = PdfTestSupport.normalise(PdfTestSupport.extract(PdfTestSupport.export(template, doc, null)));
        assertThat(text).contains("জাতীয় শুদ্ধাচার কৌশল কর্ম-পরিকল্পনা, ২০২১-২০২২")
                .contains("কর্মসম্পাদন সূচক")
                .contains("দপ্তর/সংস্থার নাম: উপ কমিশনারের দপ্তর, কড়ইতলী স্থল শুল্ক স্টেশন")
                .contains("লক্ষ্যমাত্রা")
                .contains("অর্জন")
                .contains("পৃষ্ঠা ১ / ");
    }

    private void assertCellsPresent(String extracted) {
        String text = PdfTestSupport.normalise(extracted);
        String compact = PdfTestSupport.noSpace(extracted);
        SectionTemplate plan = template.section("plan").orElseThrow();
        List<String> expected = cellTexts();
        assertThat(expected).hasSizeGreaterThan(100);
        for (String cell : expected) {
            if (cell.contains("@")) {
                // An e-mail address wider than its column is broken inside the word: same characters, one line break.
                assertThat(compact).as("cell text (ignoring line breaks)").contains(PdfTestSupport.noSpace(cell));
            } else {
                assertThat(text).as("cell text").contains(cell);
            }
        }
        assertThat(text).contains("ASYCUDA World সিস্টেমে কর্মসম্পাদন সূচক হালনাগাদ")
                .contains("+8801674300290")
                .contains("PSC ও PIC সভা আয়োজন")
                .contains("focal@customs.gov.bd")
                .contains("র‍্যাব");
        assertThat(TableRenderer.wantsLandscape("portrait", plan)).isTrue();
    }

    /** Every word typed into the plan (e-mail addresses aside: they may be cut) that is not among {@code words}. */
    private List<String> wordsNotIn(java.util.Set<String> words) {
        List<String> missing = new ArrayList<>();
        for (String cell : cellTexts()) {
            for (String word : cell.split(" +")) {
                if (!word.contains("@") && !words.contains(word)) {
                    missing.add(word);
                }
            }
        }
        return missing;
    }

    /** What was typed into the plan, cell by cell (group rows as they print: code, dot, title). */
    private List<String> cellTexts() {
        SectionTemplate plan = template.section("plan").orElseThrow();
        List<String> expected = new ArrayList<>();
        for (TableRow row : doc.table("plan").rows()) {
            if (row.isGroup()) {
                expected.add(row.code() + ". " + row.title());
                continue;
            }
            for (var c : plan.columns()) {
                String raw = row.cell(c.key()).raw();
                if (!raw.isEmpty()) {
                    expected.add(c.showsCode() ? row.code() + " " + raw : raw);
                }
                String achieved = row.achieved(c.key()).raw();
                if (!achieved.isEmpty()) {
                    expected.add(achieved);
                }
            }
        }
        return expected;
    }
}
