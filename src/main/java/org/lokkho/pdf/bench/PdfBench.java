package org.lokkho.pdf.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.Office;
import org.lokkho.domain.scoring.ScoreReport;
import org.lokkho.domain.scoring.Scoring;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.pdf.PdfExporter;

/**
 * Warm export benchmark (not a test): the {@link BenchDocument} report sized to the wanted page count, exported
 * in this process until the JIT has settled, then timed. Wall time and this thread's CPU time are both reported:
 * on a machine shared with other builds the CPU time is the steadier figure.
 * Usage: {@code java -cp lokkho.jar org.lokkho.pdf.bench.PdfBench [pages=20] [runs=20]}, or {@code lokkho bench}.
 */
public final class PdfBench {
    private static final int WARM_UP = 40;

    /** Result of a warm run; times in milliseconds per export. */
    public record Warm(int items, int pages, int bytes, double firstMs, double medianMs, double meanMs, double cpuMs) {
        public double pagesPerSecond() {
            return pages * 1000 / medianMs;
        }

        public double pagesPerCpuSecond() {
            return pages * 1000 / cpuMs;
        }
    }

    private final FormTemplate template = BenchDocument.template();
    private final Office office = BenchDocument.office();
    private final PdfExporter exporter = new PdfExporter();

    public static void main(String[] args) throws IOException {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Warm w = new PdfBench().warm(pages, runs);
        System.out.printf(Locale.ROOT, "items=%d pages=%d size=%d bytes%n", w.items(), w.pages(), w.bytes());
        System.out.printf(Locale.ROOT, "first export in this JVM (fonts, classes, JIT cold): %.0f ms%n", w.firstMs());
        System.out.printf(Locale.ROOT, "warm: median %.1f ms (mean %.1f, CPU %.1f) per export over %d runs = %.0f pages/s%n",
                w.medianMs(), w.meanMs(), w.cpuMs(), runs, w.pagesPerSecond());
    }

    /** Exports the report of about {@code pages} pages {@code runs} times after a warm-up. */
    public Warm warm(int pages, int runs) throws IOException {
        long start = System.nanoTime();
        byte[] first = export(BenchDocument.document(template, 1, pages * 10));
        double firstMs = (System.nanoTime() - start) / 1e6;
        int items = itemsFor(pages);
        FormDocument doc = BenchDocument.document(template, 1, items);
        ScoreReport report = Scoring.score(template, doc);
        byte[] pdf = first;
        for (int i = 0; i < WARM_UP; i++) {
            pdf = export(doc, report);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ms = new double[runs];
        long cpuStart = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            export(doc, report);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        double cpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / runs;
        return new Warm(items, pageCount(pdf), pdf.length, firstMs, median(ms), Arrays.stream(ms).average().orElse(0), cpuMs);
    }

    /** The number of activities that fills exactly {@code pages} pages (or the nearest count). */
    public int itemsFor(int pages) throws IOException {
        int items = Math.max(1, pages * 10);
        for (int attempt = 0; attempt < 8; attempt++) {
            int got = pageCount(export(BenchDocument.document(template, 1, items)));
            if (got == pages) {
                return items;
            }
            int next = Math.max(1, (int) Math.round(items * (pages - 0.5) / Math.max(got - 0.5, 0.5)));
            items = next == items ? items + (got < pages ? 1 : -1) : next;
        }
        return items;
    }

    private byte[] export(FormDocument doc) throws IOException {
        return export(doc, Scoring.score(template, doc));
    }

    private byte[] export(FormDocument doc, ScoreReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        exporter.export(template, doc, office, report, out);
        return out.toByteArray();
    }

    private static int pageCount(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return d.getNumberOfPages();
        }
    }

    public static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n == 0 ? 0 : n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
