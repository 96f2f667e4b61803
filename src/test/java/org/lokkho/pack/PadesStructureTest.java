package org.lokkho.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.Test;
import org.lokkho.pack.identity.SigningIdentity;

/** The PDF signature has the shape PAdES baseline-B asks for, and the visible block is where and what it should be. */
class PadesStructureTest {
    @Test
    void signatureIsPadesBaselineBWithVisibleBlockOnLastPage() throws Exception {
        SigningIdentity id = PackTestSupport.identity("Abdul Karim");
        String fingerprint = Hashes.sha256Hex(new byte[] {1, 2, 3});
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        byte[] signed = PdfPackageSigner.sign(PackTestSupport.pdf(3, "Citizen's Charter"), id,
                new PdfStamp("42", Hashes.sha256Hex(new byte[] {9}), fingerprint, at, "UNO Office"));
        try (PDDocument doc = Loader.loadPDF(signed)) {
            PDSignature sig = doc.getLastSignatureDictionary();
            assertThat(sig.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(sig.getSignDate().toInstant()).isEqualTo(at);
            assertThat(doc.getDocumentInformation().getCustomMetadataValue(PackageFormat.PDF_INFO_DOCUMENT_ID)).isEqualTo("42");

            CMSSignedData cms = new CMSSignedData(new org.bouncycastle.cms.CMSProcessableByteArray(sig.getSignedContent(signed)),
                    sig.getContents(signed));
            SignerInformation si = cms.getSignerInfos().getSigners().iterator().next();
            assertThat(si.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
            assertThat(si.getSignedAttributes().get(CMSAttributes.signingTime)).isNull(); // PAdES: time lives in /M
            assertThat(cms.isDetachedSignature()).isTrue();

            PDSignatureField field = (PDSignatureField) doc.getDocumentCatalog().getAcroForm().getFields().get(0);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            assertThat(widget.getRectangle().getWidth()).isGreaterThan(100);
            assertThat(doc.getPage(2).getAnnotations()).anyMatch(a -> a.getCOSObject() == widget.getCOSObject());
            assertThat(widget.getAppearance().getNormalAppearance().getAppearanceStream()).isNotNull();
        }
        // the visible text: signer, designation and the short package fingerprint, labelled in Bengali
        String shown = new String(signed, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(Manifest.shortFingerprint(fingerprint)).isEqualTo("0390-58C6-F2C0-CB49");
        try (PDDocument doc = Loader.loadPDF(signed)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Citizen's Charter - page 3");
        }
        assertThat(shown).contains("Lokkho submission " + Manifest.shortFingerprint(fingerprint));
        assertThat(SignatureAppearance.lines(id.info(), new PdfStamp("42", "", fingerprint, at, "")).stream()
                .map(SignatureAppearance.Line::text))
                .contains("স্বাক্ষরকারী: Abdul Karim", "পদবি: Upazila Nirbahi Officer", "প্যাকেজ: " + Manifest.shortFingerprint(fingerprint));
    }

    @Test
    void bengaliNameDesignationAndOfficeAreShapedWithEmbeddedFonts() throws Exception {
        SigningIdentity id = org.lokkho.pack.identity.SelfSignedCertificates.create(
                new org.lokkho.pack.identity.SelfSignedCertificates.Subject("মোঃ আব্দুল করিম", "উপজেলা নির্বাহী অফিসার", "উপজেলা নির্বাহী অফিসারের কার্যালয়, সাভার"),
                org.lokkho.pack.identity.KeyAlgorithm.ECDSA_P256, 30);
        byte[] signed = PdfPackageSigner.sign(PackTestSupport.pdf(1, "NIS"), id,
                new PdfStamp("1", Hashes.sha256Hex(new byte[] {9}), Hashes.sha256Hex(new byte[0]), Instant.now(), "Savar"));
        try (PDDocument doc = Loader.loadPDF(signed)) {
            PDSignatureField field = (PDSignatureField) doc.getDocumentCatalog().getAcroForm().getFields().get(0);
            var appearance = field.getWidgets().get(0).getAppearance().getNormalAppearance().getAppearanceStream();
            java.util.List<String> fonts = new java.util.ArrayList<>();
            for (var name : appearance.getResources().getFontNames()) {
                var font = appearance.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                fonts.add(font.getName());
            }
            assertThat(fonts).anyMatch(f -> f.contains("NotoSansBengali-Bold")).anyMatch(f -> f.contains("NotoSansBengali-Regular"));
            String ops = new String(appearance.getContentStream().toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(ops).doesNotContain("Tj").contains("/ActualText");
            assertThat(appearanceText(appearance)).contains("স্বাক্ষরকারী: মোঃ আব্দুল করিম", "পদবি: উপজেলা নির্বাহী অফিসার",
                    "দপ্তর: উপজেলা নির্বাহী অফিসারের কার্যালয়, সাভার");
        }
    }

    /**
     * The text of the appearance stream as PDFBox's own extractor reads it (through ToUnicode): drawn on a scratch
     * page with the appearance's resources, since the stripper reads pages, not annotation appearances.
     */
    private static java.util.List<String> appearanceText(org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream appearance)
            throws java.io.IOException {
        try (PDDocument scratch = new PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage(appearance.getBBox());
            page.setResources(appearance.getResources());
            var contents = new org.apache.pdfbox.pdmodel.common.PDStream(scratch);
            try (var out = contents.createOutputStream()) {
                out.write(appearance.getContentStream().toByteArray());
            }
            page.setContents(contents);
            scratch.addPage(page);
            return new PDFTextStripper().getText(scratch).lines().map(String::strip).toList();
        }
    }

    @Test
    void aFullLastPageGetsAnAddedVerificationPage() throws Exception {
        byte[] full;
        try (PDDocument doc = new PDDocument(); java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4);
            doc.addPage(page);
            try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                cs.addRect(28, 60, page.getMediaBox().getWidth() - 56, page.getMediaBox().getHeight() - 100); // a table to the bottom
                cs.stroke();
            }
            doc.save(out);
            full = out.toByteArray();
        }
        SigningIdentity id = PackTestSupport.identity("Abdul Karim");
        byte[] signed = PdfPackageSigner.sign(full, id,
                new PdfStamp("7", Hashes.sha256Hex(new byte[] {9}), Hashes.sha256Hex(new byte[0]), Instant.now(), "UNO Office"));
        try (PDDocument doc = Loader.loadPDF(signed)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            PDSignatureField field = (PDSignatureField) doc.getDocumentCatalog().getAcroForm().getFields().get(0);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            assertThat(doc.getPage(1).getAnnotations()).anyMatch(a -> a.getCOSObject() == widget.getCOSObject());
            assertThat(doc.getPage(0).getAnnotations()).isEmpty();
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(2);
            assertThat(text.getText(doc)).contains("স্বাক্ষর যাচাই তথ্য");
            for (var name : doc.getPage(1).getResources().getFontNames()) {
                assertThat(doc.getPage(1).getResources().getFont(name).isEmbedded()).isTrue();
            }
        }
    }

    @Test
    void freeRoomMeansNothingInTheColumnBelowTheBlockButThePageNumber() {
        var rect = new org.apache.pdfbox.pdmodel.common.PDRectangle(300, 44, 270, 100);
        var footer = new java.awt.geom.Rectangle2D.Float(280, 22, 40, 12);
        var leftColumn = new java.awt.geom.Rectangle2D.Float(28, 60, 200, 200);
        var above = new java.awt.geom.Rectangle2D.Float(28, 200, 540, 300);
        var beside = new java.awt.geom.Rectangle2D.Float(400, 100, 100, 20);
        assertThat(SignatureAppearance.isFree(java.util.List.of(footer, leftColumn, above), rect, 0)).isTrue();
        assertThat(SignatureAppearance.isFree(java.util.List.of(footer, beside), rect, 0)).isFalse();
    }
}
