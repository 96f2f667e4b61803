package org.lokkho.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.lokkho.domain.calendar.Period;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.scoring.GroupScore;
import org.lokkho.domain.scoring.LinkedScores;
import org.lokkho.domain.scoring.ScoreReport;
import org.lokkho.domain.scoring.Scoring;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.io.DocumentJson;

/** The score report PDF of the bundled APA and NIS samples: totals, every group, the charts' labels. */
class ScoreReportPdfTest {
    static byte[] report(DocumentJson.Imported in, String name) throws Exception {
        FormTemplate t = SampleDocuments.templateOf(in);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ScoreReportPdf().export(t, in.document(), in.office(), LinkedScores.NONE, out);
        byte[] pdf = out.toByteArray();
        String dir = System.getProperty("lokkho.pdf.out");
        if (dir != null) {
            Files.write(Path.of(dir, name + ".pdf"), pdf);
        }
        return pdf;
    }

    @Test
    void nisReportShowsTotalOutOfFiftyAndEverySection() throws Exception {
        DocumentJson.Imported in = SampleDocuments.khulnaNis();
        FormTemplate t = SampleDocuments.templateOf(in);
        ScoreReport score = Scoring.score(t, in.document());
        String text = PdfTestSupport.normalise(PdfTestSupport.extract(report(in, "score-nis")));
        assertThat(text).contains("মূল্যায়ন প্রতিবেদন");
        assertThat(text).contains("সর্বমোট (সর্বোচ্চ ৫০.০০)");
        assertThat(text).contains(org.lokkho.domain.text.BengaliDigits.toBengali(score.total().setScale(2).toPlainString()));
        for (GroupScore g : score.groups()) {
            assertThat(text).contains(PdfTestSupport.normalise(g.title()));
            // the area chart's bar: obtained / max
            assertThat(text).contains(chartNumber(g.obtained()) + " / " + chartNumber(g.max()));
        }
        // The quarter chart: the document scored as a Q1, H1, Q3 and Q4 report, each bar out of the maximum.
        Period[] asOf = {Period.Q1, Period.H1, Period.Q3, Period.Q4};
        String[] labels = {"১ম কোয়ার্টার পর্যন্ত", "২য় কোয়ার্টার পর্যন্ত", "৩য় কোয়ার্টার পর্যন্ত", "৪র্থ কোয়ার্টার পর্যন্ত"};
        BigDecimal previous = BigDecimal.valueOf(-1);
        for (int q = 0; q < 4; q++) {
            FormDocument copy = in.document().copy();
            copy.setPeriod(asOf[q]);
            BigDecimal total = Scoring.score(t, copy).total();
            assertThat(total).as("cumulative").isGreaterThan(previous);
            previous = total;
            assertThat(text).contains(labels[q] + " " + chartNumber(total) + " / ৫০");
        }
    }

    @Test
    void apaReportShowsEveryAreaAndTheTotalOutOfHundred() throws Exception {
        DocumentJson.Imported in = SampleDocuments.karaitoli();
        FormTemplate t = SampleDocuments.templateOf(in);
        FormDocument doc = in.document();
        // Some achievements, so that the report has marks to show: [১.১.১] reaches its 100 % target in Q1 and Q2.
        var revenue = doc.table("section3").rows().stream().filter(r -> r.code().equals("[২.৩.১]")).findFirst().orElseThrow();
        revenue.setCell("q1", org.lokkho.domain.cell.CellParser.parse(".০০০৫", org.lokkho.domain.cell.ColumnType.VALUE).value());
        revenue.setCell("q2", org.lokkho.domain.cell.CellParser.parse(".০০০৫", org.lokkho.domain.cell.ColumnType.VALUE).value());
        ScoreReport score = Scoring.score(t, doc);
        assertThat(score.total()).isPositive();
        String text = PdfTestSupport.normalise(PdfTestSupport.extract(report(in, "score-apa")));
        assertThat(text).contains("সর্বমোট (সর্বোচ্চ ১০০.০০)");
        assertThat(text).contains(org.lokkho.domain.text.BengaliDigits.toBengali(score.total().setScale(2).toPlainString()));
        assertThat(score.groups()).hasSize(3);
        for (GroupScore g : score.groups()) {
            assertThat(text).contains(PdfTestSupport.normalise(g.code() + " " + g.title()));
        }
        assertThat(text).contains("[২.৩.১]", "সেবা গ্রহণকারীর সংখ্যা: কাস্টমস", "প্রাপ্ত মান (%)");
        assertThat(text).contains("৪র্থ কোয়ার্টার পর্যন্ত " + chartNumber(score.total()) + " / ১০০");
    }

    /** As the chart prints a value: at most two decimals, no trailing zeros, Bengali digits. */
    private static String chartNumber(BigDecimal n) {
        BigDecimal v = n.setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return org.lokkho.domain.text.BengaliDigits.toBengali((v.scale() < 0 ? v.setScale(0) : v).toPlainString());
    }
}
