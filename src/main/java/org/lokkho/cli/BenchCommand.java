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
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.lokkho.AppContext;
import org.lokkho.Launcher;
import org.lokkho.TunedCliJvm;
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

    @Option(names = "--train", description = "No timing: store the report in a temporary folder and export it once with "
            + "export-pdf, for -XX:DumpLoadedClassList (how the installer makes the CLI's class-data archive).")
    boolean train;

    @Option(names = "--make-cds-archive", description = "No timing: write lokkho-cli.jsa beside the running jar, the "
            + "class-data archive the installed lokkho-cli launcher uses (run it with the installed runtime, after installing).")
    boolean makeArchive;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path work = null;
        try {
            work = Files.createTempDirectory("lokkho-bench");
            if (train) {
                return trainingRun(work);
            }
            if (makeArchive) {
                Path jar = jar();
                if (jar == null) {
                    throw new IOException("--make-cds-archive needs to run from lokkho.jar");
                }
                Path archive = jar.resolveSibling(TunedCliJvm.ARCHIVE_NAME);
                Path part = jar.resolveSibling(TunedCliJvm.ARCHIVE_NAME + ".part");
                makeArchive(jar, work, part);
                // the JDK writes archives read-only, and Windows will not replace a read-only file
                archive.toFile().setWritable(true);
                Files.move(part, archive, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                out.println(archive);
                out.flush();
                return LokkhoCommand.OK;
            }
            out.printf(Locale.ROOT, "machine: %d cores, load average %.2f, %s %s%n", Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    System.getProperty("java.vm.name"), System.getProperty("java.version"));
            PdfBench.Warm warm = new PdfBench().warm(pages, runs);
            out.printf(Locale.ROOT, "report: NIS 2021-22, %d activities, %d pages, %d KB%n", warm.items(), warm.pages(), warm.bytes() / 1024);
            out.printf(Locale.ROOT, "first export in this JVM: %.0f ms%n", warm.firstMs());
            out.printf(Locale.ROOT, "warm export: median %.1f ms = %.0f pages/s (mean %.1f ms; CPU %.1f ms = %.0f pages per CPU-second)%n",
                    warm.medianMs(), warm.pagesPerSecond(), warm.meanMs(), warm.cpuMs(), warm.pagesPerCpuSecond());
            out.flush();
            double[] cold = null;
            if (!noCold) {
                cold = cold(work, warm.items(), out);
            }
            Path soffice = ProcessTimer.onPath("soffice");
            if (!noLibreOffice && soffice != null) {
                double lo = PdfBench.median(LibreOfficeBench.convert(soffice, work, loRuns));
                out.printf(Locale.ROOT, "LibreOffice: soffice --convert-to pdf of a 7-column %d-row Bengali CSV: median %.0f ms of %d%n",
                        LibreOfficeBench.ROWS, lo, loRuns);
                if (cold != null) {
                    out.printf(Locale.ROOT, "cold export-pdf / LibreOffice: java -jar %.2f, installed lokkho-cli launcher %.2f (target: at most 0.5)%n",
                            cold[0] / lo, cold[1] / lo);
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

    /** The installer's training workload: one real export-pdf, in this JVM, of a freshly stored report. */
    private int trainingRun(Path work) throws IOException {
        long id = store(work.resolve("data"), new PdfBench().itemsFor(Math.max(1, pages)));
        String[] args = {"--data-dir", work.resolve("data").toString(), "export-pdf", Long.toString(id), "-o",
                work.resolve("train.pdf").toString()};
        // the way the launcher runs it (QuickExportPdf for this plain line), so the archive holds those classes
        return QuickExportPdf.run(args).orElseGet(() -> LokkhoCommand.commandLine(args).execute(args));
    }

    /**
     * A static AppCDS archive for this jar at its present path (JDK 17 ties an archive to the class path it was
     * made with): the classes a training export loads, listed by a child JVM, then dumped with the JDK classes.
     */
    private static void makeArchive(Path jar, Path work, Path archive) throws IOException {
        Path classList = work.resolve("lokkho.classlist");
        ProcessTimer.time(List.of(ProcessTimer.javaLauncher(), "-XX:DumpLoadedClassList=" + classList, "-cp", jar.toString(),
                Launcher.class.getName(), "bench", "--train"), work);
        ProcessTimer.time(List.of(ProcessTimer.javaLauncher(), "-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                "-XX:SharedArchiveFile=" + archive, "-cp", jar.toString()), work);
    }

    private static long store(Path data, int items) {
        try (AppContext ctx = new AppContext(data)) {
            Office office = ctx.documentService().matchOrCreate(BenchDocument.office());
            FormDocument doc = BenchDocument.document(BenchDocument.template(), office.id(), items);
            return ctx.documents().create(doc).id();
        }
    }

    /**
     * Stores the report in a fresh data folder, then times fresh processes exporting it: {@code java -jar} as a
     * user types it (which hands the command to a tuned JVM, see {@link TunedCliJvm}, using the archive the build
     * put beside the jar if there is one), the same in one untuned JVM ({@code LOKKHO_TUNED_CLI=off}), and (from a
     * jar) the tuned JVM started directly with an archive made here, as the installed {@code lokkho-cli} launcher
     * runs. Returns the {@code java -jar} median and the installed launcher's.
     */
    private double[] cold(Path work, int items, PrintWriter out) throws IOException {
        Path data = work.resolve("data");
        long id = store(data, items);
        Path pdf = work.resolve("cold.pdf");
        List<String> export = List.of("--data-dir", data.toString(), "export-pdf", Long.toString(id), "-o", pdf.toString());
        double plain = PdfBench.median(ProcessTimer.timeRuns(command(List.of(), export), work, coldRuns));
        int coldPages;
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            coldPages = d.getNumberOfPages();
        }
        boolean buildArchive = jar() != null && Files.isRegularFile(jar().resolveSibling(TunedCliJvm.ARCHIVE_NAME));
        out.printf(Locale.ROOT, "cold export-pdf (%d pages, fresh process each, %s%s): median %.0f ms of %d%n", coldPages,
                String.join(" ", launcherDescription()),
                jar() == null ? "" : buildArchive ? ", tuned JVM with the build's archive" : ", tuned JVM, no archive beside the jar",
                plain, coldRuns);
        out.flush();
        double single = PdfBench.median(ProcessTimer.timeRuns(command(List.of(), export), work, coldRuns,
                Map.of(TunedCliJvm.SWITCH_VARIABLE, "off")));
        out.printf(Locale.ROOT, "cold export-pdf in one untuned JVM (%s=off, default JIT and GC): median %.0f ms of %d%n",
                TunedCliJvm.SWITCH_VARIABLE, single, coldRuns);
        out.flush();
        Path script = jar() == null ? null : jar().resolveSibling("lokkho-cli");
        if (script != null && Files.isExecutable(script) && !System.getProperty("os.name", "").startsWith("Windows")) {
            List<String> viaScript = new ArrayList<>(List.of(script.toString()));
            viaScript.addAll(export);
            double scripted = PdfBench.median(ProcessTimer.timeRuns(viaScript, work, coldRuns));
            out.printf(Locale.ROOT, "cold export-pdf through the build's launcher script (target/lokkho-cli, one tuned JVM): median %.0f ms of %d%n",
                    scripted, coldRuns);
            out.flush();
        }
        if (noCds || jar() == null) {
            return new double[] {plain, plain};
        }
        Path archive = work.resolve(TunedCliJvm.ARCHIVE_NAME);
        makeArchive(jar(), work, archive);
        List<String> launcher = new ArrayList<>(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds*=off",
                "-D" + TunedCliJvm.TUNED_PROPERTY + "=true"));
        launcher.addAll(TunedCliJvm.JIT_AND_GC);
        double installed = PdfBench.median(ProcessTimer.timeRuns(command(launcher, export), work, coldRuns));
        out.printf(Locale.ROOT, "cold export-pdf as the installed lokkho-cli launcher runs it (AppCDS %s, one JVM): median %.0f ms of %d%n",
                String.join(" ", TunedCliJvm.JIT_AND_GC), installed, coldRuns);
        out.flush();
        return new double[] {plain, installed};
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
