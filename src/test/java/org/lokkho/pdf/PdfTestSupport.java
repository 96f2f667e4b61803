package org.lokkho.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.scoring.ScoreReport;
import org.lokkho.domain.template.FormTemplate;

final class PdfTestSupport {
    private PdfTestSupport() {
    }

    static byte[] export(FormTemplate t, FormDocument doc, ScoreReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter().export(t, doc, PdfFixtures.office(), report, out);
        return out.toByteArray();
    }

    static String extract(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }

    static String extractPage(PDDocument d, int page) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(d);
    }

    static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    static String noSpace(String s) {
        return s.replaceAll("\\s+", "");
    }

    static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    static boolean onPath(String tool) {
        return org.lokkho.pdf.bench.ProcessTimer.onPath(tool) != null;
    }

    /** Runs a poppler tool on the PDF and returns its standard output. */
    static String run(byte[] pdf, String... command) throws Exception {
        Path file = Files.createTempFile("lokkho-test", ".pdf");
        try {
            Files.write(file, pdf);
            String[] cmd = new String[command.length + 1];
            System.arraycopy(command, 0, cmd, 0, command.length);
            cmd[command.length] = file.toString();
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(cmd));
            if (command[0].equals("pdftotext")) {
                args.add("-");
            }
            Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(command[0] + " timed out");
            }
            return out;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** A one-section list document of these items, exported: a page of text per ~40 items, for corpus checks. */
    static byte[] exportList(java.util.List<String> items) throws IOException {
        org.lokkho.domain.template.SectionTemplate list = new org.lokkho.domain.template.SectionTemplate("words",
                org.lokkho.domain.template.SectionKind.LIST, null, null, "landscape", null, null, null, null, null, null,
                false, null, null, org.lokkho.domain.template.Numbering.NONE);
        FormTemplate t = new FormTemplate("corpus", "test", 1, "2023-24", org.lokkho.domain.template.LocalizedText.of("corpus"),
                "landscape", java.util.List.of(), java.util.List.of(list), null, false);
        FormDocument doc = new FormDocument(0, "corpus", 1, 1, org.lokkho.domain.calendar.FiscalYear.parse("2023-24"),
                org.lokkho.domain.calendar.Period.ANNUAL, null, "", null, java.util.Map.of());
        doc.putSection("words", new org.lokkho.domain.document.ListContent(items));
        return export(t, doc, null);
    }
}
