package org.lokkho.pack.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.pack.Manifest;
import org.lokkho.pack.ManifestJson;
import org.lokkho.pack.PackageRequest;
import org.lokkho.pack.PackageVerifier;
import org.lokkho.pack.PackageWriter;
import org.lokkho.pack.TrustStore;
import org.lokkho.pack.VerificationResult;
import org.lokkho.pack.Verdict;
import org.lokkho.pack.identity.KeyAlgorithm;
import org.lokkho.pack.identity.SelfSignedCertificates;
import org.lokkho.pack.identity.SigningIdentity;

class DeliveryTest {
    @TempDir
    Path dir;

    private PackageRequest request(List<Path> evidence) throws Exception {
        SigningIdentity id = SelfSignedCertificates.create(new SelfSignedCertificates.Subject("Abdul Karim", "UNO", "UNO Office, Savar"),
                KeyAlgorithm.ECDSA_P256, 365);
        byte[] pdf;
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(out);
            pdf = out.toByteArray();
        }
        return new PackageRequest("7", "UNO Office, Savar", "{\"title\":\"APA\"}".getBytes(StandardCharsets.UTF_8), pdf, null, evidence, id);
    }

    private Path file(String name, int size) throws Exception {
        byte[] data = new byte[size];
        new Random(size).nextBytes(data);
        return Files.write(dir.resolve(name), data);
    }

    @Test
    void copyToUsbFolderIsForcedAndReadBack() throws Exception {
        Path pkg = dir.resolve("q1.lokkho");
        new PackageWriter().write(request(List.of(file("a.jpg", 5000))), pkg);
        FolderDelivery.Delivered d = FolderDelivery.deliver(pkg, dir.resolve("usb/LOKKHO"));
        assertThat(d.file()).hasSameBinaryContentAs(pkg);
        try (var s = Files.list(dir.resolve("usb/LOKKHO"))) {
            assertThat(s.toList()).containsExactly(d.file()); // no temp file left behind
        }
    }

    @Test
    void damagedSourceIsNotReportedAsDelivered() throws Exception {
        Path pkg = dir.resolve("q1.lokkho");
        new PackageWriter().write(request(List.of(file("a.jpg", 5000))), pkg);
        try (RandomAccessFile raf = new RandomAccessFile(pkg.toFile(), "rw")) {
            raf.setLength(raf.length() - 10); // cut short, as a failing stick would leave it
        }
        assertThatThrownBy(() -> FolderDelivery.deliver(pkg, dir.resolve("usb")))
                .isInstanceOfSatisfying(DeliveryException.class,
                        e -> assertThat(e.render(Messages.english())).contains("read-back check"));
    }

    @Test
    void mailtoLinkWithSubjectBodyAndSizeWarning() throws Exception {
        Path small = dir.resolve("small.lokkho");
        Manifest m = new PackageWriter().write(request(List.of()), small);
        MailDraft draft = MailDraft.of("dc-office@example.gov.bd", small, m, Messages.bengali());
        String uri = draft.uri().toString();
        assertThat(uri).startsWith("mailto:dc-office@example.gov.bd?subject=").contains("&body=").doesNotContain(" ").doesNotContain("+");
        String subject = URLDecoder.decode(uri.substring(uri.indexOf("subject=") + 8, uri.indexOf("&body=")), StandardCharsets.UTF_8);
        assertThat(subject).startsWith("লক্ষ্য দাখিল: UNO Office, Savar").contains(Manifest.shortFingerprint(m.fingerprint()));
        assertThat(draft.tooLarge()).isFalse();
        assertThat(draft.warning()).isNull();

        Path big = dir.resolve("big.lokkho");
        Manifest mb = new PackageWriter().write(request(List.of(file("video.bin", 21 * 1024 * 1024))), big);
        MailDraft bigDraft = MailDraft.of("x@example.org", big, mb, Messages.english());
        assertThat(bigDraft.tooLarge()).isTrue();
        assertThat(bigDraft.warning()).contains("20 MB");
    }

    @Test
    void evidenceSplitIntoSelfContainedVolumes() throws Exception {
        List<Path> evidence = List.of(file("e1.bin", 600_000), file("e2.bin", 600_000), file("e3.bin", 300_000), file("e4.bin", 900_000));
        List<Path> volumes = new VolumeSplitter(new PackageWriter()).write(request(evidence), dir.resolve("out"), "apa-2024", 1_000_000);
        assertThat(volumes).extracting(p -> p.getFileName().toString())
                .containsExactly("apa-2024-vol1.lokkho", "apa-2024-vol2.lokkho", "apa-2024-vol3.lokkho");
        String submission = null;
        for (int i = 0; i < volumes.size(); i++) {
            VerificationResult r = new PackageVerifier(TrustStore.empty()).verify(volumes.get(i));
            assertThat(r.verdict()).isEqualTo(Verdict.VALID_UNTRUSTED);
            Manifest.Volume v = r.manifest().volume();
            assertThat(v.number()).isEqualTo(i + 1);
            assertThat(v.count()).isEqualTo(3);
            submission = submission == null ? v.submissionId() : submission;
            assertThat(v.submissionId()).isEqualTo(submission);
            String expected = "Volume " + (i + 1) + " of 3";
            assertThat(r.report(Messages.english())).anyMatch(l -> l.startsWith(expected));
        }
        assertThat(ManifestJson.read(readEntry(volumes.get(1), "manifest.json")).files()).extracting(Manifest.FileEntry::name)
                .containsExactly("document.json", "document.pdf", "evidence/e2.bin", "evidence/e3.bin");

        List<Path> single = new VolumeSplitter(new PackageWriter()).write(request(evidence), dir.resolve("one"), "apa", 100_000_000);
        assertThat(single).extracting(p -> p.getFileName().toString()).containsExactly("apa.lokkho");
    }

    private static byte[] readEntry(Path zip, String name) throws Exception {
        try (var z = new java.util.zip.ZipFile(zip.toFile()); var in = z.getInputStream(z.getEntry(name))) {
            return in.readAllBytes();
        }
    }
}
