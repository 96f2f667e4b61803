package org.lokkho.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.lokkho.AppContext;
import org.lokkho.Launcher;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.Office;
import org.lokkho.pdf.bench.BenchDocument;
import org.lokkho.pdf.bench.LibreOfficeBench;
import org.lokkho.pdf.bench.PdfBench;
import org.lokkho.pdf.bench.ProcessTimer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * PDF export benchmark for developers (docs/benchmarks.md): warm pages per second in this JVM, then the cold
 * {@code export-pdf} of the same report by fresh JVMs of this jar (plain, and with an AppCDS archive made by a
 * training run), then LibreOffice's CSV-to-PDF conversion as the yardstick. Works in a temporary folder only:
 * the user's data folder is never opened. Output is English, for the benchmark notes.
 */
@Command(name = "bench", hidden = true, mixinStandardHelpOptions = true,
        description = "Benchmark PDF export: warm pages/s, cold export-pdf (with and without AppCDS), LibreOffice for comparison.")
final class BenchCommand implements Callable<Integer> {
    @ParentCommand
    LokkhoCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--pages", defaultValue = "20", description = "Report size in pages (default: ${DEFAULT-VALUE}).")
    int pages;

    @Option(names = "--runs", defaultValue = "20", description = "Timed warm exports (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--cold-runs", defaultValue = "5", description = "Timed cold exports, after one warm-up (default: ${DEFAULT-VALUE}).")
    int coldRuns;

    @Option(names = "--lo-runs", defaultValue = "3", description = "Timed LibreOffice conversions, after one warm-up (default: ${DEFAULT-VALUE}).")
    int loRuns;

    @Option(names = "--no-cold", description = "Skip the cold export runs.")
    boolean noCold;

    @Option(names = "--no-cds", description = "Skip the cold runs with an AppCDS archive.")
    boolean noCds;

    @Option(names = "--no-libreoffice", description = "Skip LibreOffice even when soffice is on PATH.")
    boolean noLibreOffice;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path work = null;
        try {
            work = Files.createTempDirectory("lokkho-bench");
            out.printf(Locale.ROOT, "machine: %d cores, load average %.2f, %s %s%n", Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    System.getProperty("java.vm.name"), System.getProperty("java.version"));
            PdfBench.Warm warm = new PdfBench().warm(pages, runs);
            out.printf(Locale.ROOT, "report: NIS 2021-22, %d activities, %d pages, %d KB%n", warm.items(), warm.pages(), warm.bytes() / 1024);
            out.printf(Locale.ROOT, "first export in this JVM: %.0f ms%n", warm.firstMs());
            out.printf(Locale.ROOT, "warm export: median %.1f ms = %.0f pages/s (mean %.1f ms; CPU %.1f ms = %.0f pages per CPU-second)%n",
                    warm.medianMs(), warm.pagesPerSecond(), warm.meanMs(), warm.cpuMs(), warm.pagesPerCpuSecond());
            out.flush();
            Double cold = null;
            if (!noCold) {
                cold = cold(work, warm.items(), out);
            }
            Path soffice = ProcessTimer.onPath("soffice");
            if (!noLibreOffice && soffice != null) {
                double lo = PdfBench.median(LibreOfficeBench.convert(soffice, work, loRuns));
                out.printf(Locale.ROOT, "LibreOffice: soffice --convert-to pdf of a 7-column %d-row Bengali CSV: median %.0f ms of %d%n",
                        LibreOfficeBench.ROWS, lo, loRuns);
                if (cold != null) {
                    out.printf(Locale.ROOT, "cold export-pdf / LibreOffice = %.2f (target: at most 0.5)%n", cold / lo);
                }
            } else if (!noLibreOffice) {
                out.println("LibreOffice: soffice not on PATH, skipped");
            }
            out.flush();
            return LokkhoCommand.OK;
        } catch (IOException | RuntimeException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(Subcommand.oneLine("bench failed: " + e.getMessage()));
            if (top.verbose()) {
                e.printStackTrace(err);
            }
            err.flush();
            return LokkhoCommand.USER_ERROR;
        } finally {
            deleteQuietly(work);
        }
    }

    /** Stores the report in a fresh data folder, then times fresh JVMs exporting it; returns the best median. */
    private Double cold(Path work, int items, PrintWriter out) throws IOException {
        Path data = work.resolve("data");
        long id;
        try (AppContext ctx = new AppContext(data)) {
            Office office = ctx.documentService().matchOrCreate(BenchDocument.office());
            FormDocument doc = BenchDocument.document(BenchDocument.template(), office.id(), items);
            id = ctx.documents().create(doc).id();
        }
        Path pdf = work.resolve("cold.pdf");
        List<String> export = List.of("--data-dir", data.toString(), "export-pdf", Long.toString(id), "-o", pdf.toString());
        double plain = PdfBench.median(ProcessTimer.timeRuns(command(List.of(), export), work, coldRuns));
        int coldPages;
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            coldPages = d.getNumberOfPages();
        }
        out.printf(Locale.ROOT, "cold export-pdf (%d pages, fresh JVM each, %s): median %.0f ms of %d%n", coldPages,
                String.join(" ", launcherDescription()), plain, coldRuns);
        out.flush();
        double best = plain;
        if (!noCds && jar() != null) {
            Path archive = work.resolve("lokkho.jsa");
            ProcessTimer.time(command(List.of("-XX:ArchiveClassesAtExit=" + archive), export), work);
            double cds = PdfBench.median(ProcessTimer.timeRuns(command(List.of("-XX:SharedArchiveFile=" + archive), export), work, coldRuns));
            out.printf(Locale.ROOT, "cold export-pdf with AppCDS (-XX:SharedArchiveFile, %d KB archive from one training export): median %.0f ms of %d%n",
                    Files.size(archive) / 1024, cds, coldRuns);
            best = Math.min(best, cds);
        }
        return best;
    }

    private List<String> command(List<String> jvmOptions, List<String> args) {
        List<String> c = new ArrayList<>();
        c.add(ProcessTimer.javaLauncher());
        c.addAll(jvmOptions);
        c.addAll(launcherArgs());
        c.addAll(args);
        return c;
    }

    /** {@code -jar lokkho.jar}, or the class path and main class when run from classes (tests, IDE). */
    private static List<String> launcherArgs() {
        Path jar = jar();
        return jar != null ? List.of("-jar", jar.toString())
                : List.of("-cp", System.getProperty("java.class.path"), Launcher.class.getName());
    }

    private static List<String> launcherDescription() {
        return jar() != null ? List.of("java -jar", jar().getFileName().toString()) : List.of("java -cp … Launcher");
    }

    private static Path jar() {
        try {
            Path p = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? p : null;
        } catch (URISyntaxException | SecurityException e) {
            return null;
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
