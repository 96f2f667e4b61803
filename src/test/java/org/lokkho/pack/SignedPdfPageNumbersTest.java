package org.lokkho.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lokkho.AppContext;
import org.lokkho.app.AppPackageSource;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.domain.text.BengaliDigits;
import org.lokkho.pack.identity.SigningIdentity;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The signed PDF inside a real package (bundled samples stored in a real data folder, the app's own PDF, a real
 * key): the form's "পৃষ্ঠা n / N" footers count the form's pages only, and a verification page added for the
 * signature block carries no page number but says plainly that it lies outside the form's N pages.
 */
class SignedPdfPageNumbersTest {
    private static final Pattern FOOTER = Pattern.compile("পৃষ্ঠা ([০-৯]+) / ([০-৯]+)");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"nis-2021-22-khulna-city-q4", "citizen-charter-tarakanda-ict", "apa-2023-24-karaitoli-lcs"})
    void formPagesAreNumberedOneToNAndAnAddedPageStandsOutside(String sample) throws Exception {
        byte[] unsigned;
        byte[] signedPdf;
        try (AppContext context = new AppContext(dir.resolve("data"))) {
            FormDocument doc = context.documentService().openSample(sample);
            AppPackageSource source = new AppPackageSource(context);
            unsigned = source.documentPdf(doc.id());
            SigningIdentity id = PackTestSupport.identity("Abdul Karim");
            Path pkg = dir.resolve(sample + ".lokkho");
            new PackageWriter().write(new PackageRequest(String.valueOf(doc.id()), source.officeName(doc.id()),
                    source.documentJson(doc.id()), unsigned, null, List.<Path>of(), id), pkg);
            signedPdf = PackTestSupport.entries(pkg).get(PackageFormat.DOCUMENT_PDF);
            assertThat(PackageVerifier.forDataDir(dir.resolve("data")).verify(pkg).verdict()).isEqualTo(Verdict.VALID_UNTRUSTED);
        }
        int formPages;
        try (PDDocument d = Loader.loadPDF(unsigned)) {
            formPages = d.getNumberOfPages();
        }
        List<String> pages = pageTexts(signedPdf);
        assertThat(pages.size()).isBetween(formPages, formPages + 1);
        String n = BengaliDigits.format(formPages);
        for (int i = 0; i < formPages; i++) {
            if (i == 0 && !pages.get(0).contains("পৃষ্ঠা")) {
                continue; // a cover page counts but shows no number
            }
            assertThat(footers(pages.get(i))).as("%s page %d", sample, i + 1)
                    .containsExactly(BengaliDigits.format(i + 1L) + " / " + n);
        }
        if (pages.size() == formPages + 1) {
            String added = pages.get(formPages);
            assertThat(added).contains("স্বাক্ষর যাচাই তথ্য")
                    .contains(Messages.bengali().get("pdf.signature.pageOutside", n));
            assertThat(footers(added)).as("the added page has no number of its own").isEmpty();
        } else {
            // the block sat on the last form page, above its page number: nothing was added to the numbering
            assertThat(pages.get(formPages - 1)).contains("পৃষ্ঠা " + n + " / " + n);
        }
    }

    /**
     * The Citizen's Charter sample with rows added to its last table (GRS) until the last page is full where the
     * signature block would go: the app's own PDF then gets the verification page, which the numbering must not count.
     */
    @org.junit.jupiter.api.Test
    void aFullLastPageGetsAnUnnumberedVerificationPageOutsideTheFormsCount() throws Exception {
        SigningIdentity id = PackTestSupport.identity("Abdul Karim");
        try (AppContext context = new AppContext(dir.resolve("data"))) {
            FormDocument doc = context.documentService().openSample("citizen-charter-tarakanda-ict");
            var template = context.documentService().templateOf(doc);
            var office = context.documentService().officeOf(doc);
            var plan = (org.lokkho.domain.document.TableContent) doc.section("grs");
            List<org.lokkho.domain.document.TableRow> rows = new ArrayList<>(plan.rows());
            org.lokkho.domain.document.TableRow last = rows.get(rows.size() - 1);
            float blockHeight = SignatureAppearance.height(SignatureAppearance.lines(id.info(),
                    new PdfStamp("1", "", Hashes.sha256Hex(new byte[0]), java.time.Instant.now(), "")));
            byte[] unsigned = null;
            for (int extra = 0; extra < 60 && unsigned == null; extra++) {
                doc.putSection("grs", new org.lokkho.domain.document.TableContent(rows));
                byte[] pdf = export(template, doc, office, context.documentService().score(doc));
                try (PDDocument d = Loader.loadPDF(pdf)) {
                    int pagesBefore = d.getNumberOfPages();
                    if (SignatureAppearance.place(d, blockHeight).page() == pagesBefore) {
                        unsigned = pdf; // no room on the last page: a page is added
                    }
                }
                rows.add(last.duplicate());
            }
            assertThat(unsigned).as("some number of rows fills the last page").isNotNull();
            Path pkg = dir.resolve("full.lokkho");
            new PackageWriter().write(new PackageRequest(String.valueOf(doc.id()), "UNO Office",
                    context.documentService().exportJson(doc.id()).getBytes(StandardCharsets.UTF_8), unsigned, null,
                    List.<Path>of(), id), pkg);
            assertThat(PackageVerifier.forDataDir(dir.resolve("data")).verify(pkg).verdict()).isEqualTo(Verdict.VALID_UNTRUSTED);
            int formPages;
            try (PDDocument d = Loader.loadPDF(unsigned)) {
                formPages = d.getNumberOfPages();
            }
            byte[] signed = PackTestSupport.entries(pkg).get(PackageFormat.DOCUMENT_PDF);
            List<String> pages = pageTexts(signed);
            assertThat(pages).hasSize(formPages + 1);
            try (PDDocument d = Loader.loadPDF(signed)) {
                assertThat(d.getPage(formPages).getAnnotations()).as("the signature block is on the added page").hasSize(1);
            }
            String n = BengaliDigits.format(formPages);
            for (int i = 0; i < formPages; i++) {
                assertThat(footers(pages.get(i))).as("page %d", i + 1).containsExactly(BengaliDigits.format(i + 1L) + " / " + n);
            }
            String added = pages.get(formPages);
            assertThat(added).contains("স্বাক্ষর যাচাই তথ্য")
                    .contains(Messages.bengali().get("pdf.signature.pageOutside", n));
            assertThat(footers(added)).isEmpty();
        }
    }

    private static byte[] export(org.lokkho.domain.template.FormTemplate t, FormDocument doc,
                                 org.lokkho.domain.document.Office office,
                                 org.lokkho.domain.scoring.ScoreReport score) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new org.lokkho.pdf.PdfExporter().export(t, doc, office, score, out);
        return out.toByteArray();
    }

    private static List<String> footers(String page) {
        List<String> out = new ArrayList<>();
        Matcher m = FOOTER.matcher(page);
        while (m.find()) {
            out.add(m.group(1) + " / " + m.group(2));
        }
        return out;
    }

    private static List<String> pageTexts(byte[] pdf) throws Exception {
        List<String> out = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (int p = 1; p <= d.getNumberOfPages(); p++) {
                PDFTextStripper s = new PDFTextStripper();
                s.setStartPage(p);
                s.setEndPage(p);
                out.add(s.getText(d));
            }
        }
        String dirOut = System.getProperty("lokkho.pdf.out");
        if (dirOut != null) {
            java.nio.file.Files.write(Path.of(dirOut, "signed-" + out.size() + "-" + Integer.toHexString(java.util.Arrays.hashCode(pdf)) + ".pdf"), pdf);
        }
        return out;
    }

}
