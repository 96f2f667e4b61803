package org.lokkho.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.AppContext;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.scoring.ScoreReport;
import org.lokkho.domain.text.BengaliDigits;
import org.apache.pdfbox.text.PDFTextStripper;

class ExportPdfCommandTest {
    private static final String SAMPLE = "nis-2021-22-khulna-city-q4";
    private static final String OFFICE = "খুলনা সিটি কর্পোরেশন";

    @TempDir
    Path dir;
    private String data;
    private long id;
    private ScoreReport report;

    @BeforeEach
    void storeTheBundledSample() {
        data = dir.resolve("data").toString();
        try (AppContext ctx = new AppContext(Path.of(data))) {
            FormDocument doc = ctx.documentService().openSample(SAMPLE);
            id = doc.id();
            report = ctx.documentService().score(doc);
        }
        assertThat(report.max()).as("the sample is scored").isNotNull().isPositive();
    }

    private CliRun cli(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data;
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertThat(d.getNumberOfPages()).isPositive();
            // Header cells wrap ("মোট" / "অর্জন" on two lines): compare with the line breaks as spaces.
            return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
    }

    @Test
    void printsTheStoredSampleWithOfficeScoredColumnsAndTotal() throws Exception {
        Path out = dir.resolve("out").resolve("khulna.pdf");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "old content to be replaced");

        CliRun run = cli("export-pdf", Long.toString(id), "-o", out.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(Files.readAllBytes(out)).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        String text = text(out);
        assertThat(text).contains(OFFICE).contains("মোট অর্জন", "অর্জিত মান", "সর্বমোট (সর্বোচ্চ");
        String total = BengaliDigits.toBengali(report.total().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
        assertThat(text).as("the total from Scoring.score").contains(total);
        try (Stream<Path> files = Files.list(out.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).as("no temporary file left").containsExactly("khulna.pdf");
        }
    }

    @Test
    void bengaliDigitIdAndEnglishLabels() throws Exception {
        Path out = dir.resolve("english.pdf");

        CliRun run = cli("--lang", "en", "export-pdf", BengaliDigits.format(id), "-o", out.toString());

        assertThat(run.code()).as(run.err()).isZero();
        String text = text(out);
        assertThat(text).contains("Total achieved", "Marks obtained", "Total (out of", "Page").doesNotContain("সর্বমোট", "পৃষ্ঠা");
    }

    @Test
    void anUnknownOrMalformedIdIsOneLineAndExitOne() {
        Path out = dir.resolve("x.pdf");
        CliRun unknown = cli("--lang", "en", "export-pdf", "999", "-o", out.toString());
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.errLines()).containsExactly("There is no document with id 999. Run 'lokkho list' to see the ids.");
        assertThat(out).doesNotExist();

        CliRun word = cli("export-pdf", "abc", "-o", out.toString());
        assertThat(word.code()).isEqualTo(1);
        assertThat(word.errLines()).hasSize(1);
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnwritableTargetIsOneLineAndExitOne() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Path target = file.resolve("out.pdf"); // a folder that is a file
        CliRun run = cli("--lang", "en", "export-pdf", Long.toString(id), "-o", target.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).startsWith("Cannot write " + target);
    }

    @Test
    void helpListsTheCommand() {
        assertThat(CliRun.of("--help").out()).contains("export-pdf");
    }
}
