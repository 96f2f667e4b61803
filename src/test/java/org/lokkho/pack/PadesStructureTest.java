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
        // the visible text: signer, designation and the short package fingerprint, in ASCII
        String shown = new String(signed, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(Manifest.shortFingerprint(fingerprint)).isEqualTo("0390-58C6-F2C0-CB49");
        try (PDDocument doc = Loader.loadPDF(signed)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Citizen's Charter - page 3");
        }
        assertThat(shown).contains("Lokkho submission " + Manifest.shortFingerprint(fingerprint));
        assertThat(SignatureAppearance.lines(id.info(), new PdfStamp("42", "", fingerprint, at, "")))
                .contains("Signer: Abdul Karim", "Designation: Upazila Nirbahi Officer", "Package: " + Manifest.shortFingerprint(fingerprint));
    }

    @Test
    void bengaliNamesAreLeftOutOfTheLatinAppearance() {
        SigningIdentity id = org.lokkho.pack.identity.SelfSignedCertificates.create(
                new org.lokkho.pack.identity.SelfSignedCertificates.Subject("মোঃ আব্দুল করিম", "উপজেলা নির্বাহী অফিসার", "সাভার"),
                org.lokkho.pack.identity.KeyAlgorithm.ECDSA_P256, 30);
        var lines = SignatureAppearance.lines(id.info(), new PdfStamp("1", "", Hashes.sha256Hex(new byte[0]), Instant.now(), ""));
        assertThat(lines).noneMatch(l -> l.startsWith("Signer:")).anyMatch(l -> l.startsWith("Certificate: "));
        assertThat(String.join("", lines).chars()).allMatch(c -> c >= 0x20 && c <= 0x7e);
    }
}
