package org.lokkho.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.AppContext;
import org.lokkho.pack.EvidenceFile;
import org.apache.pdfbox.text.PDFTextStripper;

/** What the package command gets from the app, from a real store and the real PDF renderer. */
class AppPackageSourceTest {
    @TempDir
    Path dir;

    @Test
    void documentPdfOfficeAndEvidenceNamedByRowAndQuarter() throws Exception {
        Path photo = Files.writeString(dir.resolve("ছবি.jpg"), "jpeg");
        Path register = Files.writeString(dir.resolve("register.xlsx"), "xlsx");
        try (AppContext context = new AppContext(dir.resolve("data"))) {
            long id = context.documentService().openSample("nis-2021-22-khulna-city-q4").id();
            context.evidenceService().attach(id, "1.2", "Q1", photo);
            context.evidenceService().attach(id, "১.৩", null, register);
            AppPackageSource source = new AppPackageSource(context);

            assertThat(new String(source.documentJson(id), StandardCharsets.UTF_8)).contains("\"format\"").contains("nis-2021-22");
            assertThat(source.officeName(id)).isEqualTo("খুলনা সিটি কর্পোরেশন");
            try (PDDocument pdf = Loader.loadPDF(source.documentPdf(id))) {
                assertThat(pdf.getNumberOfPages()).isPositive();
                assertThat(new PDFTextStripper().getText(pdf)).contains("খুলনা সিটি কর্পোরেশন");
            }
            List<EvidenceFile> files = source.evidenceFiles(id);
            assertThat(files).extracting(EvidenceFile::entryName).containsExactly("১.২/Q1/ছবি.jpg", "১.৩/register.xlsx");
            assertThat(files).allSatisfy(f -> assertThat(f.file()).startsWith(context.dataDir().resolve("evidence")).isRegularFile());
            assertThat(source.evidence(id)).hasSize(2);
            assertThatThrownBy(() -> source.documentJson(404)).isInstanceOf(AppException.class);
        }
    }
}
