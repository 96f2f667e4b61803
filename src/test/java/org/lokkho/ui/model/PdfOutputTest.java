package org.lokkho.ui.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.RoundingMode;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.domain.text.BengaliDigits;
import org.apache.pdfbox.text.PDFTextStripper;

/** "Export PDF" and the print preview's PDF, over the bundled NIS example in a real data folder. */
class PdfOutputTest {
    @TempDir
    Path dir;
    UiFixture f;

    @BeforeEach
    void open() throws Exception {
        f = new UiFixture(dir.resolve("data"));
        f.vm.openExample();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void exportWritesTheOpenDocumentWithItsTotalAndReportsProgress() throws Exception {
        PdfOutput out = PdfOutput.of(f.vm);
        assertThat(out.defaultFileName()).endsWith("-2021-22-q4.pdf").doesNotContain(" ", "/", "2021-22-2021-22");
        List<Double> progress = new CopyOnWriteArrayList<>();
        Path target = out.export(dir.resolve("out").resolve(out.defaultFileName()), progress::add);

        assertThat(progress).isNotEmpty().isSorted();
        assertThat(progress.get(progress.size() - 1)).isEqualTo(1.0);
        String total = BengaliDigits.toBengali(f.vm.editor().score().total().setScale(2, RoundingMode.HALF_UP).toPlainString());
        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(total).contains("খুলনা");
        }
    }

    @Test
    void englishUiGivesAnEnglishPdf() throws Exception {
        f.vm.setLanguage(Messages.english());
        PdfOutput out = PdfOutput.of(f.vm);
        byte[] pdf = out.render(p -> { });
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            // English labels, and the numbers the renderer makes (total, page numbers) in ASCII digits
            assertThat(text).contains("Action plan and progress").contains("Total (out of 50.00)", "Page 1 / ")
                    .contains(f.vm.editor().score().total().setScale(2, RoundingMode.HALF_UP).toPlainString())
                    .doesNotContain("পৃষ্ঠা", "৫০.০০");
        }
    }

    @Test
    void aFolderThatCannotBeMadeIsAPlainMessage() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        PdfOutput out = PdfOutput.of(f.vm);
        assertThatThrownBy(() -> out.export(file.resolve("x.pdf"), p -> { }))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith("PDF ")
                .hasMessageContaining(file.resolve("x.pdf").toString())
                .hasMessageNotContaining("Exception");
    }

    @Test
    void readOnlyFolderAndFullDiskAreSaidPlainly() {
        Messages bn = Messages.bengali();
        Path target = Path.of("/media/usb/report.pdf");
        assertThat(PdfOutput.explain(new AccessDeniedException(target.toString()), target, bn))
                .isEqualTo(bn.get("ui.error.pdf.readOnly", "/media/usb"));
        assertThat(PdfOutput.explain(new IOException("No space left on device"), target, bn))
                .isEqualTo(bn.get("ui.error.pdf.diskFull", "/media/usb"));
        assertThat(PdfOutput.explain(new IOException("There is not enough space on the disk"), target, Messages.english()))
                .contains("is full");
    }

    @Test
    void withoutAnOpenDocumentThereIsNothingToExport() throws Exception {
        try (UiFixture empty = new UiFixture(dir.resolve("empty"))) {
            assertThatThrownBy(() -> PdfOutput.of(empty.vm)).isInstanceOf(UserError.class)
                    .hasMessage(Messages.bengali().get("ui.error.noDocument"));
        }
    }
}
