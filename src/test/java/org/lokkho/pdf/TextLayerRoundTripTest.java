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
    void stockPdfBoxStripperCannotReadBengaliWhichIsWhyOursExists() throws Exception {
        byte[] pdf = PdfTestSupport.export(template, doc, null);
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String stock = new org.apache.pdfbox.text.PDFTextStripper().getText(d);
            // Latin text comes through either way; Bengali conjuncts and pre-base vowels do not without ActualText.
            assertThat(stock).contains("ASYCUDA World");
            assertThat(stock).doesNotContain("কর্মসম্পাদন");
        }
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
}
