package org.lokkho.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.AppContext;
import org.lokkho.domain.scoring.ScoreReport;
import org.lokkho.domain.text.BengaliDigits;
import org.apache.pdfbox.text.PDFTextStripper;

/** export-pdf --view and score --pdf on the stored Karaitoli APA sample. */
class ApaPdfCommandsTest {
    @TempDir
    Path dir;
    private String data;
    private long id;
    private ScoreReport report;

    @BeforeEach
    void storeTheSample() {
        data = dir.resolve("data").toString();
        try (AppContext ctx = new AppContext(Path.of(data))) {
            var doc = ctx.documentService().openSample("apa-2023-24-karaitoli-lcs");
            id = doc.id();
            report = ctx.documentService().score(doc);
        }
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
            return new PDFTextStripper().getText(d).replaceAll("\\s+", "");
        }
    }

    @Test
    void theAgreementIsTheDefaultAndMonitoringAddsTheQuarters() throws Exception {
        Path agreement = dir.resolve("agreement.pdf");
        Path monitoring = dir.resolve("monitoring.pdf");
        CliRun a = cli("export-pdf", Long.toString(id), "-o", agreement.toString());
        CliRun m = cli("export-pdf", Long.toString(id), "--view", "monitoring", "-o", monitoring.toString());
        assertThat(a.code()).as(a.err()).isZero();
        assertThat(m.code()).as(m.err()).isZero();
        assertThat(text(agreement)).contains("গণপ্রজাতন্ত্রীবাংলাদেশসরকার", "সূচিপত্র").doesNotContain("অর্জিতমান", "প্রাপ্তমান(%)", "সংযুক্তকর্মপরিকল্পনা");
        assertThat(text(monitoring)).contains("১মকোয়ার্টার", "অর্জিতমান", "সর্বমোট(সর্বোচ্চ১০০.০০)");
    }

    @Test
    void anUnknownViewIsOneLineAndExitOne() {
        Path out = dir.resolve("x.pdf");
        CliRun run = cli("--lang", "en", "export-pdf", Long.toString(id), "--view", "draft", "-o", out.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("Unknown print view 'draft': use agreement or monitoring.");
        assertThat(out).doesNotExist();
    }

    @Test
    void scoreWritesTheReportPdfBesideItsText() throws Exception {
        Path out = dir.resolve("reports").resolve("score.pdf");
        CliRun run = cli("score", Long.toString(id), "--pdf", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isNotBlank();
        String total = BengaliDigits.toBengali(report.total().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
        assertThat(text(out)).contains("মূল্যায়নপ্রতিবেদন", "সর্বমোট(সর্বোচ্চ১০০.০০)" + total, "রাজস্বআহরণজোরদারকরণ");
    }
}
