package org.lokkho.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.text.BengaliDigits;

/** A long table: header and column numbers on every page, every row printed exactly once, pages numbered. */
class PaginationTest {
    @Test
    void twoHundredRowsPaginateWithoutLosingOrRepeatingRows() throws Exception {
        FormTemplate t = PdfFixtures.nis();
        FormDocument doc = PdfFixtures.nisDocument(t, 200);
        byte[] pdf = PdfTestSupport.export(t, doc, PdfFixtures.report(doc));
        try (PDDocument d = Loader.loadPDF(pdf)) {
            int pages = d.getNumberOfPages();
            assertThat(pages).isGreaterThan(10);
            StringBuilder all = new StringBuilder();
            int tablePages = 0;
            for (int p = 1; p <= pages; p++) {
                String text = PdfTestSupport.normalise(PdfTestSupport.extractPage(d, p));
                assertThat(text).as("page number on page " + p)
                        .contains("পৃষ্ঠা " + BengaliDigits.format(p) + " / " + BengaliDigits.format(pages));
                if (text.contains("(সারি ")) {
                    tablePages++;
                    assertThat(text).as("header on page " + p).contains("কার্যক্রমের নাম")
                            .contains("বাস্তবায়ন অগ্রগতি পরিবীক্ষণ, ২০২১-২০২২").contains("মন্তব্য")
                            .contains("১ ২ ৩ ৪ ৫ ৬ ৭ ৮ ৯ ১০ ১১ ১২ ১৩ ১৪");
                }
                all.append(text).append('\n');
            }
            assertThat(tablePages).isGreaterThan(10);
            String text = all.toString();
            for (int i = 0; i < 200; i++) {
                assertThat(PdfTestSupport.count(text, PdfFixtures.activity(i))).as("activity row " + (i + 1)).isEqualTo(1);
                assertThat(PdfTestSupport.count(text, PdfFixtures.indicator(i))).as("indicator row " + (i + 1)).isEqualTo(1);
            }
            assertThat(PdfTestSupport.count(text, "সর্বমোট")).isEqualTo(1);
            assertThat(PdfTestSupport.count(text, "উপমোট")).isEqualTo(20);
        }
    }
}
