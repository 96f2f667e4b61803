package org.lokkho.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.template.FormTemplate;

/** Writes sample PDFs to target/pdf-samples for eyeballing (pdftoppm) and checks they are real PDFs. */
class PdfSmokeTest {
    @Test
    void writesSampleNisReport() throws Exception {
        FormTemplate t = PdfFixtures.nis();
        FormDocument doc = PdfFixtures.nisDocument(t, 25);
        Path out = Path.of("target/pdf-samples/nis-sample.pdf");
        new PdfExporter().exportToFile(t, doc, PdfFixtures.office(), PdfFixtures.report(doc), out, ExportProgress.NONE);
        assertThat(Files.size(out)).isGreaterThan(1000);
        assertThat(new String(Files.readAllBytes(out), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
