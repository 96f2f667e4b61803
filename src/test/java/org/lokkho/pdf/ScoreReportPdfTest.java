package org.lokkho.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
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
        }
    }
}
