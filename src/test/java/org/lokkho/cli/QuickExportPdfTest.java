package org.lokkho.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.AppContext;
import org.apache.pdfbox.text.PDFTextStripper;

/** export-pdf without picocli does exactly what it does under picocli, and only for lines of the plain shape. */
class QuickExportPdfTest {
    @TempDir
    Path dir;
    private String data;
    private String id;

    @BeforeEach
    void storeTheBundledSample() {
        data = dir.resolve("data").toString();
        try (AppContext ctx = new AppContext(Path.of(data))) {
            id = Long.toString(ctx.documentService().openSample("nis-2021-22-khulna-city-q4").id());
        }
    }

    /** D: the data folder, ID: the stored document, F: the output (a fresh file per run). */
    private String[] line(String template, Path output) {
        List<String> args = new ArrayList<>();
        for (String word : template.split(" ")) {
            args.add(switch (word) {
                case "D" -> data;
                case "ID" -> id;
                case "F" -> output.toString();
                default -> word;
            });
        }
        return args.toArray(String[]::new);
    }

    @Test
    void plainLinesGiveWhatPicocliGives() throws Exception {
        Files.writeString(dir.resolve("a-file"), "not a folder");
        List<String> lines = List.of(
                "--data-dir D export-pdf ID -o F",
                "--data-dir D --lang en export-pdf ID --output F --view monitoring",
                "export-pdf ID -o F --data-dir D --verbose",
                "--verbose --data-dir D export-pdf -o F --lang en ID",
                "--data-dir D export-pdf ১ -o F",
                "--data-dir D export-pdf 999 -o F",
                "--data-dir D --lang en export-pdf 999 -o F",
                "--data-dir D export-pdf abc -o F",
                "--data-dir D export-pdf ID -o F --view sideways",
                "--data-dir D --lang en export-pdf ID -o a-file/x.pdf");
        int n = 0;
        for (String template : lines) {
            Path quickPdf = dir.resolve("quick" + n + ".pdf");
            Path picocliPdf = dir.resolve("picocli" + n++ + ".pdf");
            String[] quickArgs = line(template.replace("a-file", dir.resolve("a-file").toString()), quickPdf);
            Optional<QuickExportPdf.Parsed> parsed = QuickExportPdf.parse(quickArgs);
            assertThat(parsed).as(template).isPresent();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = QuickExportPdf.run(parsed.get(), new PrintWriter(out, true), new PrintWriter(err, true));

            CliRun picocli = CliRun.of(line(template.replace("a-file", dir.resolve("a-file").toString()), picocliPdf));

            assertThat(code).as(template).isEqualTo(picocli.code());
            assertThat(out.toString()).as(template).isEqualTo(picocli.out());
            assertThat(err.toString().replace(quickPdf.getFileName().toString(), "F"))
                    .as(template).isEqualTo(picocli.err().replace(picocliPdf.getFileName().toString(), "F"));
            assertThat(Files.exists(quickPdf)).as(template).isEqualTo(Files.exists(picocliPdf));
            if (Files.exists(quickPdf)) {
                assertThat(text(quickPdf)).as(template).isEqualTo(text(picocliPdf));
            }
        }
    }

    @Test
    void everyOtherShapeIsLeftToPicocli() {
        Path f = dir.resolve("x.pdf");
        for (String template : List.of(
                "--data-dir D export-pdf ID -o F -h", "--help", "-V", "export-pdf --help", "--data-dir D export-pdf ID",
                "--data-dir D export-pdf ID --output=F", "--data-dir D export-pdf ID -oF", "--data-dir D export-pdf -o F",
                "--data-dir D export-pdf ID -o F -o F", "--data-dir D export-pdf ID -o F --output F",
                "--data-dir D export-pdf ID 2 -o F", "@args.txt", "--data-dir D export-pdf ID -o @out.pdf",
                "--data-dir D export-pdf ID -o -", "--data-dir D export-pdf ID -o F --view", "--lang fr export-pdf ID -o F",
                "--lang EN export-pdf ID -o F", "--data-dir D list", "--data-dir D export-pdf -- ID -o F",
                "-o F export-pdf ID", "--view monitoring export-pdf ID -o F", "--data-dir D export-pdf ID -o F --data-dir D",
                "--verbose export-pdf ID -o F --verbose", "--data-dir D export-pdf ID -o F --unknown", "--data-dir D export-pd ID -o F",
                "--data-dir D score export-pdf ID -o F", "--data-dir D export-pdf ID -o F export-pdf", "--data-dir=D export-pdf ID -o F",
                "--data-dir D export-pdf ID -o F --lang", "--data-dir D export-pdf ID -o \u0000")) {
            assertThat(QuickExportPdf.parse(line(template, f))).as(template).isEmpty();
        }
    }

    /**
     * QuickExportPdf sets export-pdf's fields itself: an option added to the command (or to the root) must be
     * taught to it too, or it would run with that field unset. This fails first and names the option.
     */
    @Test
    void knowsEveryOptionOfTheCommandAndTheRoot() {
        picocli.CommandLine root = LokkhoCommand.withCommands(QuickExportPdf.COMMAND);
        picocli.CommandLine.Model.CommandSpec command = root.getSubcommands().get(QuickExportPdf.COMMAND).getCommandSpec();
        assertThat(command.options().stream().flatMap(o -> java.util.Arrays.stream(o.names())))
                .containsExactlyInAnyOrder("-o", "--output", "--view", "--data-dir", "--lang", "--verbose",
                        "-h", "--help", "-V", "--version");
        assertThat(command.positionalParameters()).hasSize(1);
        assertThat(root.getCommandSpec().options().stream().flatMap(o -> java.util.Arrays.stream(o.names())))
                .containsExactlyInAnyOrder("--data-dir", "--lang", "--verbose", "-h", "--help", "-V", "--version");
        assertThat(command.findOption("--view").defaultValue()).isEqualTo(ExportPdfCommand.DEFAULT_VIEW);
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return d.getNumberOfPages() + " pages: " + new PDFTextStripper().getText(d);
        }
    }
}
