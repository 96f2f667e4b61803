package org.lokkho.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.lokkho.domain.scoring.LinkedScores;
import org.lokkho.domain.scoring.ScoreReport;
import org.lokkho.domain.scoring.Scoring;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.io.DocumentJson;
import org.lokkho.pdf.layout.PrintDigits;

/**
 * Numbers the renderer makes itself follow the print language (ASCII digits in English, Bengali in Bengali);
 * the officer's typed text is printed as typed in both.
 */
class PrintDigitsTest {
    private static final DocumentJson.Imported NIS = SampleDocuments.khulnaNis();
    private static final FormTemplate NIS_TEMPLATE = SampleDocuments.templateOf(NIS);

    @Test
    void digitsFollowTheLanguage() {
        assertThat(PrintDigits.of(Locale.ENGLISH).apply("পৃষ্ঠা ১২ / 3")).isEqualTo("পৃষ্ঠা 12 / 3");
        assertThat(PrintDigits.of(Locale.forLanguageTag("bn")).apply("Page 12 / ৩")).isEqualTo("Page ১২ / ৩");
        assertThat(PrintDigits.ASCII.format(105)).isEqualTo("105");
        assertThat(PrintDigits.BENGALI.format(105)).isEqualTo("১০৫");
    }

    @Test
    void englishFormHasAsciiPageNumbersTotalsAndCodesButKeepsTypedText() throws Exception {
        ScoreReport score = Scoring.score(NIS_TEMPLATE, NIS.document());
        String total = score.total().setScale(2, RoundingMode.HALF_UP).toPlainString();
        List<String> pages = pages(export(Locale.ENGLISH, score, "digits-nis-en"));
        int n = pages.size();
        assertThat(n).isGreaterThan(1);
        for (int i = 0; i < n; i++) {
            assertThat(pages.get(i)).as("page %d", i + 1).contains("Page " + (i + 1) + " / " + n);
        }
        String all = PdfTestSupport.normalise(String.join("\n", pages));
        assertThat(all).contains("Total (out of 50.00)").contains(total)
                .doesNotContain("পৃষ্ঠা", BengaliDigitsOf(total), "৫০.০০");
        // generated numbering: row codes and the column-number row
        assertThat(all).contains("1.1", "1.2").doesNotContain("১.১ ", "১.২ ");
        assertThat(all).containsPattern("\\b1 2 3 4 5 6\\b");
        // typed by the officer: printed exactly as typed, Bengali digits and all
        assertThat(all).contains("প্রতিটি প্রশিক্ষণে ৪০জন প্রশিক্ষণার্থী");
    }

    @Test
    void bengaliFormKeepsBengaliDigits() throws Exception {
        ScoreReport score = Scoring.score(NIS_TEMPLATE, NIS.document());
        String total = BengaliDigitsOf(score.total().setScale(2, RoundingMode.HALF_UP).toPlainString());
        List<String> pages = pages(export(Locale.forLanguageTag("bn"), score, "digits-nis-bn"));
        int n = pages.size();
        for (int i = 0; i < n; i++) {
            assertThat(pages.get(i)).contains("পৃষ্ঠা " + BengaliDigitsOf(String.valueOf(i + 1)) + " / " + BengaliDigitsOf(String.valueOf(n)));
        }
        String all = PdfTestSupport.normalise(String.join("\n", pages));
        assertThat(all).contains("সর্বমোট (সর্বোচ্চ ৫০.০০)").contains(total).contains("১.১").doesNotContain("Page ");
        assertThat(all).doesNotContainPattern("\\b1\\.1\\b");
    }

    @Test
    void englishScoreReportHasAsciiNumbersInTableAndCharts() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ScoreReportPdf(Locale.ENGLISH).export(NIS_TEMPLATE, NIS.document(), NIS.office(), LinkedScores.NONE, out);
        save(out.toByteArray(), "digits-score-en");
        String text = PdfTestSupport.normalise(String.join("\n", pages(out.toByteArray())));
        assertThat(text).contains("Fiscal year 2021-22", "Page 1 / ", "Total (out of 50.00)", "Q1 to date")
                .doesNotContain("২০২১", "৫০.০০", "পৃষ্ঠা");
        // chart ticks and "obtained / max" labels of the area chart
        assertThat(text).containsPattern("\\d+(\\.\\d+)? / \\d+(\\.\\d+)?");
        assertThat(text.replaceAll("[^\u09E6-\u09EF]", "").length())
                .as("Bengali digits could only come from typed indicator names, printed as typed")
                .isLessThan(5);
    }

    @Test
    void englishApaContentsCoverAndColumnNumbersUseAsciiDigits() throws Exception {
        DocumentJson.Imported apa = SampleDocuments.karaitoli();
        FormTemplate t = SampleDocuments.templateOf(apa);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter(Locale.ENGLISH).export(t, apa.document(), apa.office(), Scoring.score(t, apa.document()), out,
                ExportProgress.NONE, PrintView.MONITORING);
        save(out.toByteArray(), "digits-apa-en");
        List<String> pages = pages(out.toByteArray());
        assertThat(pages.get(0)).contains("2023").doesNotContain("২০২৩");
        assertThat(PdfTestSupport.noSpace(pages.get(1))).containsPattern("Section3:Performanceplan\\.{3,}\\d+")
                .doesNotContainPattern("\\.{3,}[০-৯]");
        String all = PdfTestSupport.normalise(String.join("\n", pages));
        assertThat(all).contains("[1.1.1]").doesNotContain("[১.১.১]", "পৃষ্ঠা");
    }

    private static String BengaliDigitsOf(String ascii) {
        return org.lokkho.domain.text.BengaliDigits.toBengali(ascii);
    }

    private static byte[] export(Locale locale, ScoreReport score, String name) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter(locale).export(NIS_TEMPLATE, NIS.document(), NIS.office(), score, out);
        save(out.toByteArray(), name);
        return out.toByteArray();
    }

    /** With -Dlokkho.pdf.out=DIR the PDFs are kept for a look (pdftoppm). */
    private static void save(byte[] pdf, String name) throws Exception {
        String dir = System.getProperty("lokkho.pdf.out");
        if (dir != null) {
            Files.write(Path.of(dir, name + ".pdf"), pdf);
        }
    }

    private static List<String> pages(byte[] pdf) throws Exception {
        List<String> out = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (int p = 1; p <= d.getNumberOfPages(); p++) {
                out.add(PdfTestSupport.extractPage(d, p));
            }
        }
        return out;
    }
}
