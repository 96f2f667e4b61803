package org.lokkho.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.TableContent;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.domain.template.FormTemplate;
import org.apache.pdfbox.text.PDFTextStripper;
import org.lokkho.pdf.PrintView;

/** The agreement/monitoring choice of the export and the print preview, without the toolkit, over a real data folder. */
class PrintViewChoiceTest {
    private static final String APA = "apa-2023-24-karaitoli-lcs";
    /** A monitoring-only column header of APA Section 3. */
    private static final String RAW_SCORE_HEADER = "প্রাপ্তমান(%)";

    @TempDir
    Path dir;

    @Test
    void aFormWhoseViewsPrintAlikeOffersNoChoice() throws Exception {
        try (UiFixture f = new UiFixture(dir.resolve("nis"))) {
            f.vm.openExample();
            PrintViewChoice choice = PdfOutput.of(f.vm).view();
            assertThat(choice.offered()).isFalse();
            assertThat(choice.options()).hasSize(1);
            choice.choose(PrintView.AGREEMENT);
            assertThat(choice.view()).isEqualTo(PrintView.MONITORING);
            assertThat(f.vm.printViews().last()).isNull();
        }
    }

    @Test
    void apaOffersBothDefaultsToMonitoringOnceAchievementsAreInAndRemembersTheChoiceForTheSession() throws Exception {
        try (UiFixture f = new UiFixture(dir.resolve("apa"))) {
            f.vm.openExample(APA);
            PdfOutput first = PdfOutput.of(f.vm);
            PrintViewChoice choice = first.view();
            assertThat(choice.offered()).isTrue();
            assertThat(choice.options()).containsExactly(PrintView.AGREEMENT, PrintView.MONITORING);
            // the example has quarterly achievements typed in: they are what the officer wants to see
            assertThat(choice.view()).isEqualTo(PrintView.MONITORING);
            assertThat(text(first.render(p -> { }))).contains(RAW_SCORE_HEADER);

            choice.choose(PrintView.AGREEMENT);
            PdfOutput second = PdfOutput.of(f.vm);
            assertThat(second.view().view()).as("remembered for the next export").isEqualTo(PrintView.AGREEMENT);
            assertThat(text(second.render(p -> { }))).doesNotContain(RAW_SCORE_HEADER);
        }
        try (UiFixture f = new UiFixture(dir.resolve("apa"))) {
            f.vm.openExample(APA);
            assertThat(PdfOutput.of(f.vm).view().view()).as("a new session starts from the document again")
                    .isEqualTo(PrintView.MONITORING);
        }
    }

    @Test
    void apaWithoutAchievementsYetDefaultsToTheAgreement() throws Exception {
        try (UiFixture f = new UiFixture(dir.resolve("apa"))) {
            f.vm.openExample(APA);
            FormTemplate template = f.vm.editor().template();
            FormDocument doc = f.vm.editor().document().copy();
            for (var s : template.sections()) {
                if (doc.section(s.key()) instanceof TableContent t) {
                    for (TableRow row : t.rows()) {
                        s.columns().stream().filter(c -> !c.shownIn(PrintView.AGREEMENT.templateName()))
                                .forEach(c -> row.setCell(c.key(), org.lokkho.domain.cell.CellValue.BLANK));
                    }
                }
            }
            assertThat(PrintViewChoice.hasMonitoringEntries(template, f.vm.editor().document())).isTrue();
            assertThat(PrintViewChoice.hasMonitoringEntries(template, doc)).isFalse();
            assertThat(new PrintViewChoice(template, doc, new PrintViewChoice.Memory()).view()).isEqualTo(PrintView.AGREEMENT);
        }
    }

    @Test
    void namesAndHintsInBothLanguages() {
        for (Messages m : new Messages[] {Messages.bengali(), Messages.english()}) {
            for (PrintView v : PrintView.values()) {
                assertThat(PrintViewChoice.label(m, v)).doesNotStartWith("ui.");
                assertThat(PrintViewChoice.hint(m, v)).doesNotStartWith("ui.");
            }
        }
        assertThat(PrintViewChoice.label(Messages.english(), PrintView.MONITORING)).startsWith("Monitoring");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", "");
        }
    }
}
