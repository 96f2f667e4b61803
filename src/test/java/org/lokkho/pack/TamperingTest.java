package org.lokkho.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.pack.identity.SigningIdentity;

/** Every kind of change to a signed package must turn it INVALID, naming the right reason. */
class TamperingTest {
    @TempDir
    Path dir;
    SigningIdentity officer;
    Path original;
    Map<String, byte[]> entries;
    final PackageVerifier verifier = new PackageVerifier(TrustStore.empty());

    @BeforeEach
    void signedPackage() throws Exception {
        officer = PackTestSupport.identity("Abdul Karim");
        original = dir.resolve("original.lokkho");
        new PackageWriter().write(PackTestSupport.request(officer, List.of(PackTestSupport.evidence(dir, "photo.jpg", 30_000))), original);
        entries = PackTestSupport.entries(original);
        assertThat(verifier.verify(original).verdict()).isEqualTo(Verdict.VALID_UNTRUSTED);
    }

    private VerificationResult verifyWith(Map<String, byte[]> changed) throws Exception {
        Path tampered = PackTestSupport.rezip(changed, dir.resolve("tampered-" + System.nanoTime() + ".lokkho"));
        VerificationResult r = verifier.verify(tampered);
        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        // every reason renders in both languages without leaking a raw key
        assertThat(r.headline(Messages.bengali())).startsWith("অবৈধ: ").doesNotContain("pack.reason");
        assertThat(r.headline(Messages.english())).startsWith("INVALID: ").doesNotContain("pack.reason");
        return r;
    }

    private Map<String, byte[]> with(String name, byte[] data) {
        Map<String, byte[]> copy = new LinkedHashMap<>(entries);
        copy.put(name, data);
        return copy;
    }

    @Test
    void oneByteChangedInManifest() throws Exception {
        byte[] m = entries.get("manifest.json");
        String text = new String(m, StandardCharsets.UTF_8);
        int at = text.indexOf("UNO Office") + 1; // "NNO Office": still valid JSON, different bytes
        VerificationResult r = verifyWith(with("manifest.json", PackTestSupport.flip(m, at)));
        assertThat(r.reason().orElseThrow().reason()).isEqualTo(Reason.MANIFEST_SIGNATURE_INVALID);
    }

    @Test
    void oneByteChangedInManifestSignature() throws Exception {
        byte[] p7s = entries.get("manifest.json.p7s");
        VerificationResult r = verifyWith(with("manifest.json.p7s", PackTestSupport.flip(p7s, p7s.length - 1)));
        assertThat(r.reason().orElseThrow().reason()).isEqualTo(Reason.MANIFEST_SIGNATURE_INVALID);
    }

    @Test
    void oneByteChangedInDocumentJson() throws Exception {
        VerificationResult r = verifyWith(with("document.json", PackTestSupport.flip(entries.get("document.json"), 10)));
        assertThat(r.problems()).contains(Finding.of(Reason.HASH_MISMATCH, "document.json"));
        assertThat(r.hasProblem(Reason.DOCUMENT_MISMATCH)).isTrue();
    }

    @Test
    void oneByteChangedInPdf() throws Exception {
        byte[] pdf = entries.get("document.pdf");
        VerificationResult r = verifyWith(with("document.pdf", PackTestSupport.flip(pdf, pdf.length / 3)));
        assertThat(r.reason().orElseThrow()).isEqualTo(Finding.of(Reason.HASH_MISMATCH, "document.pdf"));
    }

    @Test
    void oneByteChangedInLetter() throws Exception {
        VerificationResult r = verifyWith(with("letter.pdf", PackTestSupport.flip(entries.get("letter.pdf"), 200)));
        assertThat(r.reason().orElseThrow()).isEqualTo(Finding.of(Reason.HASH_MISMATCH, "letter.pdf"));
    }

    @Test
    void oneByteChangedInEvidence() throws Exception {
        VerificationResult r = verifyWith(with("evidence/photo.jpg", PackTestSupport.flip(entries.get("evidence/photo.jpg"), 5)));
        assertThat(r.reason().orElseThrow()).isEqualTo(Finding.of(Reason.HASH_MISMATCH, "evidence/photo.jpg"));
    }

    @Test
    void fileAdded() throws Exception {
        VerificationResult r = verifyWith(with("evidence/extra.txt", "slipped in later".getBytes(StandardCharsets.UTF_8)));
        assertThat(r.reason().orElseThrow()).isEqualTo(Finding.of(Reason.EXTRA_FILE, "evidence/extra.txt"));
    }

    @Test
    void fileRemoved() throws Exception {
        Map<String, byte[]> copy = new LinkedHashMap<>(entries);
        copy.remove("evidence/photo.jpg");
        VerificationResult r = verifyWith(copy);
        assertThat(r.reason().orElseThrow()).isEqualTo(Finding.of(Reason.MISSING_ENTRY, "evidence/photo.jpg"));
    }

    @Test
    void pdfRemoved() throws Exception {
        Map<String, byte[]> copy = new LinkedHashMap<>(entries);
        copy.remove("document.pdf");
        assertThat(verifyWith(copy).problems()).contains(Finding.of(Reason.MISSING_ENTRY, "document.pdf"));
    }

    @Test
    void certificateInSignatureReplaced() throws Exception {
        SigningIdentity other = PackTestSupport.identity("Abdul Karim"); // same name, different key
        CMSSignedData cms = new CMSSignedData(new org.bouncycastle.cms.CMSProcessableByteArray(entries.get("manifest.json")),
                entries.get("manifest.json.p7s"));
        CMSSignedData swapped = CMSSignedData.replaceCertificatesAndCRLs(cms, new JcaCertStore(other.chain()), null, null);
        VerificationResult r = verifyWith(with("manifest.json.p7s", swapped.getEncoded("DER")));
        assertThat(r.reason().orElseThrow().reason()).isEqualTo(Reason.MANIFEST_SIGNER_MISSING);
    }

    @Test
    void manifestResignedByAnotherKey() throws Exception {
        SigningIdentity other = PackTestSupport.identity("Impostor");
        byte[] p7s = CmsSignatures.signDetached(entries.get("manifest.json"), other, true);
        VerificationResult r = verifyWith(with("manifest.json.p7s", p7s));
        assertThat(r.reason().orElseThrow().reason()).isEqualTo(Reason.MANIFEST_SIGNER_MISMATCH);
    }

    @Test
    void pdfResignedWithAnotherKey() throws Exception {
        SigningIdentity other = PackTestSupport.identity("Impostor");
        Manifest m = ManifestJson.read(entries.get("manifest.json"));
        byte[] resigned = PdfPackageSigner.sign(PackTestSupport.pdf(2, "A different report"), other,
                new PdfStamp("42", m.documentJsonSha256(), m.fingerprint(), m.createdAt(), "x"));
        // Only swapping the PDF: its hash no longer matches, and its signer is not the manifest's.
        VerificationResult r = verifyWith(with("document.pdf", resigned));
        assertThat(r.reason().orElseThrow()).isEqualTo(Finding.of(Reason.HASH_MISMATCH, "document.pdf"));
        assertThat(r.hasProblem(Reason.PDF_SIGNER_MISMATCH)).isTrue();

        // Even with a manifest re-issued (and correctly signed) by the office itself, the PDF signer must match.
        List<Manifest.FileEntry> files = new java.util.ArrayList<>();
        for (Manifest.FileEntry f : m.files()) {
            files.add(f.name().equals("document.pdf") ? new Manifest.FileEntry(f.name(), resigned.length, Hashes.sha256Hex(resigned)) : f);
        }
        Manifest reissued = new Manifest(m.formatVersion(), m.senderOffice(), m.documentIds(), m.documentJsonSha256(), m.fingerprint(),
                m.createdAt(), null, m.signer(), files);
        byte[] manifestBytes = ManifestJson.write(reissued);
        Map<String, byte[]> copy = with("document.pdf", resigned);
        copy.put("manifest.json", manifestBytes);
        copy.put("manifest.json.p7s", CmsSignatures.signDetached(manifestBytes, officer, true));
        VerificationResult r2 = verifyWith(copy);
        assertThat(r2.problems()).extracting(Finding::reason).containsExactly(Reason.PDF_SIGNER_MISMATCH);
    }

    @Test
    void pdfFromAnotherDocumentIsRefused() throws Exception {
        Manifest m = ManifestJson.read(entries.get("manifest.json"));
        byte[] foreign = PdfPackageSigner.sign(PackTestSupport.pdf(1, "Another document"), officer,
                new PdfStamp("99", Hashes.sha256Hex("{}".getBytes(StandardCharsets.UTF_8)), m.fingerprint(), m.createdAt(), "x"));
        List<Manifest.FileEntry> files = new java.util.ArrayList<>();
        for (Manifest.FileEntry f : m.files()) {
            files.add(f.name().equals("document.pdf") ? new Manifest.FileEntry(f.name(), foreign.length, Hashes.sha256Hex(foreign)) : f);
        }
        byte[] manifestBytes = ManifestJson.write(new Manifest(m.formatVersion(), m.senderOffice(), m.documentIds(),
                m.documentJsonSha256(), m.fingerprint(), m.createdAt(), null, m.signer(), files));
        Map<String, byte[]> copy = with("document.pdf", foreign);
        copy.put("manifest.json", manifestBytes);
        copy.put("manifest.json.p7s", CmsSignatures.signDetached(manifestBytes, officer, true));
        assertThat(verifyWith(copy).problems()).containsExactly(Finding.of(Reason.DOCUMENT_MISMATCH, "document.pdf"));
    }

    @Test
    void bytesAppendedToSignedPdfAreDetected() throws Exception {
        byte[] pdf = entries.get("document.pdf");
        byte[] longer = java.util.Arrays.copyOf(pdf, pdf.length + 20);
        System.arraycopy("\n% appended later\n".getBytes(StandardCharsets.US_ASCII), 0, longer, pdf.length, 18);
        assertThat(PdfSignatureCheck.check(longer).problems()).extracting(Finding::reason).contains(Reason.PDF_BYTE_RANGE);
        assertThat(PdfSignatureCheck.check(pdf).problems()).isEmpty();
    }

    @Test
    void unsignedPdfIsReported() throws Exception {
        assertThat(PdfSignatureCheck.check(PackTestSupport.pdf(1, "plain")).problems())
                .containsExactly(Finding.of(Reason.PDF_NOT_SIGNED));
    }

    @Test
    void truncatedPackageIsRefused() throws Exception {
        byte[] all = Files.readAllBytes(original);
        Path cut = dir.resolve("cut.lokkho");
        Files.write(cut, java.util.Arrays.copyOf(all, all.length * 2 / 3));
        VerificationResult r = verifier.verify(cut);
        assertThat(r.reason().orElseThrow().reason()).isEqualTo(Reason.ARCHIVE_CORRUPT);
    }
}
