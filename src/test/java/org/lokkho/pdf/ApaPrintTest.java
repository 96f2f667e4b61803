package org.lokkho.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.lokkho.domain.scoring.Scoring;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.io.DocumentJson;

/** The Karaitoli APA (seed D0) printed as the signed agreement and as the monitoring sheet. */
class ApaPrintTest {
    static byte[] export(PrintView view) throws Exception {
        DocumentJson.Imported in = SampleDocuments.karaitoli();
        FormTemplate t = SampleDocuments.templateOf(in);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter().export(t, in.document(), in.office(), Scoring.score(t, in.document()), out, ExportProgress.NONE, view);
        byte[] pdf = out.toByteArray();
        String dir = System.getProperty("lokkho.pdf.out");
        if (dir != null) {
            Files.write(Path.of(dir, "apa-" + view.templateName() + ".pdf"), pdf);
        }
        return pdf;
    }

    @Test
    void agreementExports() throws Exception {
        byte[] pdf = export(PrintView.AGREEMENT);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertThat(d.getNumberOfPages()).isGreaterThan(5);
        }
    }
}
