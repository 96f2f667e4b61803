package org.lokkho.pack.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.lokkho.pack.PackageRequest;
import org.lokkho.pack.PackageVerifier;
import org.lokkho.pack.PackageWriter;
import org.lokkho.pack.TrustStore;
import org.lokkho.pack.VerificationResult;
import org.lokkho.pack.identity.KeyAlgorithm;
import org.lokkho.pack.identity.SelfSignedCertificates;
import org.lokkho.pack.identity.SigningIdentity;

/**
 * Builds and verifies a package with 10 MB of evidence, several rounds, and prints the medians as a Markdown table
 * (docs/benchmarks-pack.md). Usage: {@code PackBench [workFolder] [rounds]}.
 */
public final class PackBench {
    private PackBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = args.length > 0 ? Files.createDirectories(Path.of(args[0])) : Files.createTempDirectory("lokkho-bench-");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Path> evidence = evidence(work);
        byte[] pdf = pdf(12);
        byte[] json = json();
        System.out.println("| key | step | median ms | min ms | max ms |");
        System.out.println("|---|---|---:|---:|---:|");
        for (KeyAlgorithm alg : KeyAlgorithm.values()) {
            long[] create = new long[rounds];
            long[] write = new long[rounds];
            long[] verify = new long[rounds];
            long size = 0;
            SigningIdentity id = null;
            for (int i = 0; i < rounds + 1; i++) { // round 0 warms the JIT up and is not counted
                long t0 = System.nanoTime();
                id = SelfSignedCertificates.create(new SelfSignedCertificates.Subject("Bench Officer", "UNO", "Bench Office"), alg, 365);
                long t1 = System.nanoTime();
                Path pkg = work.resolve("bench-" + alg + ".lokkho");
                new PackageWriter().write(new PackageRequest("1", "Bench Office", json, pdf, null, evidence, id), pkg);
                long t2 = System.nanoTime();
                VerificationResult r = new PackageVerifier(TrustStore.empty()).verify(pkg);
                long t3 = System.nanoTime();
                if (!r.isValid()) {
                    throw new IllegalStateException("bench package invalid: " + r.problems());
                }
                size = Files.size(pkg);
                if (i > 0) {
                    create[i - 1] = (t1 - t0) / 1_000_000;
                    write[i - 1] = (t2 - t1) / 1_000_000;
                    verify[i - 1] = (t3 - t2) / 1_000_000;
                }
            }
            row(alg, "create key + certificate", create);
            row(alg, "write package (sign PDF + manifest, zip 10 MB)", write);
            row(alg, "verify package (unpack, hash, 2 signatures)", verify);
            System.out.println("| " + alg + " | package size | " + size + " bytes | | |");
        }
        System.out.println();
        System.out.println("Java " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
                + " CPUs visible, " + rounds + " rounds after one warm-up, work folder " + work);
    }

    private static void row(KeyAlgorithm alg, String step, long[] ms) {
        long[] s = ms.clone();
        Arrays.sort(s);
        System.out.println("| " + alg + " | " + step + " | " + s[s.length / 2] + " | " + s[0] + " | " + s[s.length - 1] + " |");
    }

    /** 10 MB: eight incompressible "photos" and a compressible text scan, like real প্রমাণক. */
    private static List<Path> evidence(Path work) throws IOException {
        Path dir = Files.createDirectories(work.resolve("evidence"));
        List<Path> files = new ArrayList<>();
        Random random = new Random(42);
        for (int i = 1; i <= 8; i++) {
            byte[] data = new byte[1024 * 1024];
            random.nextBytes(data);
            files.add(Files.write(dir.resolve("photo-" + i + ".jpg"), data));
        }
        StringBuilder text = new StringBuilder();
        while (text.length() < 2 * 1024 * 1024) {
            text.append("Meeting minutes line ").append(text.length()).append(": attendance, decisions, follow-up.\n");
        }
        files.add(Files.writeString(dir.resolve("minutes.txt"), text.substring(0, 2 * 1024 * 1024)));
        return files;
    }

    /**
     * A scanned-minutes stand-in for the evidence benchmark: Latin filler in a standard font, written with PDFBox's
     * plain showText on purpose (it is fine for Latin; Bengali always goes through the shaper, docs/pdf.md).
     */
    private static byte[] pdf(int pages) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 1; p <= pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.setFont(font, 10);
                    for (int line = 0; line < 60; line++) {
                        cs.beginText();
                        cs.newLineAtOffset(50, 800 - line * 12);
                        cs.showText("Annual Performance Agreement 2024-25, page " + p + ", row " + line + ": target 100%, achieved 92%");
                        cs.endText();
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] json() {
        StringBuilder b = new StringBuilder("{\"format\":\"lokkho-document\",\"formatVersion\":1,\"rows\":[");
        for (int i = 0; i < 500; i++) {
            b.append(i == 0 ? "" : ",").append("{\"id\":\"r").append(i).append("\",\"cells\":[\"১০০%\",\"৯২%\",\"30/06/25\"]}");
        }
        return b.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }
}
