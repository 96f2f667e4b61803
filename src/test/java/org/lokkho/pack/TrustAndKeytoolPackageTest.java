package org.lokkho.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.pack.identity.IdentityStore;
import org.lokkho.pack.identity.KeyAlgorithm;
import org.lokkho.pack.identity.SelfSignedCertificates;
import org.lokkho.pack.identity.SigningIdentity;

/** Identity in the data folder → package → verify; trusted once the certificate is in the trust folder. */
class TrustAndKeytoolPackageTest {
    static final char[] PASSWORD = "office-secret".toCharArray();

    @TempDir
    Path dataDir;

    @Test
    void untrustedUntilTheCertificateIsInTheTrustFolder() throws Exception {
        IdentityStore keys = new IdentityStore(dataDir);
        keys.create("office", new SelfSignedCertificates.Subject("Abdul Karim", "UNO", "UNO Office, Savar"), KeyAlgorithm.ECDSA_P256, 365, PASSWORD);
        SigningIdentity id = keys.load("office", PASSWORD);
        Path pkg = dataDir.resolve("outbox/q1.lokkho");
        new PackageWriter().write(PackTestSupport.request(id, List.of()), pkg);

        Path trustDir = dataDir.resolve("trust");
        TrustStore.ensureFolder(trustDir);
        assertThat(trustDir.resolve("README.txt")).exists();
        VerificationResult before = new PackageVerifier(TrustStore.fromFolder(trustDir)).verify(pkg);
        assertThat(before.verdict()).isEqualTo(Verdict.VALID_UNTRUSTED);
        assertThat(before.headline(Messages.bengali())).startsWith("বৈধ কিন্তু অনাস্থাভাজন");

        String pem = "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(id.certificate().getEncoded())
                + "\n-----END CERTIFICATE-----\n";
        Files.writeString(trustDir.resolve("savar-office.pem"), pem);
        VerificationResult after = new PackageVerifier(TrustStore.fromFolder(trustDir)).verify(pkg);
        assertThat(after.verdict()).isEqualTo(Verdict.VALID_TRUSTED);
        assertThat(after.headline(Messages.bengali())).startsWith("বৈধ ও আস্থাভাজন");

        // a DER .cer of some other office does not make it trusted
        Files.delete(trustDir.resolve("savar-office.pem"));
        Files.write(trustDir.resolve("other.cer"), PackTestSupport.identity("Other").certificate().getEncoded());
        assertThat(new PackageVerifier(TrustStore.fromFolder(trustDir)).verify(pkg).verdict()).isEqualTo(Verdict.VALID_UNTRUSTED);
    }

    @Test
    void certificateChainingToTrustedRootIsTrusted() throws Exception {
        TestCa ca = TestCa.create();
        SigningIdentity officer = ca.issue("Nasrin Akter", "Deputy Director", "Directorate of Secondary Education");
        Path pkg = dataDir.resolve("ca-issued.lokkho");
        new PackageWriter().write(PackTestSupport.request(officer, List.of()), pkg);
        assertThat(new PackageVerifier(TrustStore.empty()).verify(pkg).verdict()).isEqualTo(Verdict.VALID_UNTRUSTED);
        assertThat(new PackageVerifier(new TrustStore(List.of(ca.certificate()))).verify(pkg).verdict()).isEqualTo(Verdict.VALID_TRUSTED);
    }

    @Test
    void keytoolMadeKeySignsAPackage() throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool" + (File.separatorChar == '\\' ? ".exe" : ""));
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(keytool), "no keytool in the test JDK");
        Path p12 = dataDir.resolve("rsa.pfx");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-storetype", "PKCS12", "-keystore", p12.toString(),
                "-storepass", "keytool-pass", "-alias", "me", "-keyalg", "RSA", "-keysize", "3072", "-validity", "100",
                "-dname", "CN=Officer Keytool, O=Test Office").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        SigningIdentity id = org.lokkho.pack.identity.Pkcs12Files.load(p12, "keytool-pass".toCharArray());
        Path pkg = dataDir.resolve("k.lokkho");
        new PackageWriter().write(PackTestSupport.request(id, List.of()), pkg);
        VerificationResult r = new PackageVerifier(TrustStore.empty()).verify(pkg);
        assertThat(r.verdict()).isEqualTo(Verdict.VALID_UNTRUSTED);
        assertThat(r.signer().name()).isEqualTo("Officer Keytool");
    }

    @Test
    void expiryAfterSigningIsAWarningNotAVerdict() throws Exception {
        SigningIdentity shortLived = SelfSignedCertificates.create(new SelfSignedCertificates.Subject("Short", "", ""), KeyAlgorithm.ECDSA_P256, 5);
        Path pkg = dataDir.resolve("s.lokkho");
        new PackageWriter().write(PackTestSupport.request(shortLived, List.of()), pkg);
        Clock later = Clock.fixed(Instant.now().plus(Duration.ofDays(40)), ZoneOffset.UTC);
        VerificationResult r = new PackageVerifier(TrustStore.empty(), PackageLimits.defaults(), null, later).verify(pkg);
        assertThat(r.verdict()).isEqualTo(Verdict.VALID_UNTRUSTED);
        assertThat(r.warnings()).extracting(Finding::reason).containsExactly(Reason.CERT_EXPIRED_SINCE_SIGNING);
    }

    @Test
    void packageClaimingATimeOutsideTheCertificateIsInvalid() throws Exception {
        SigningIdentity id = SelfSignedCertificates.create(new SelfSignedCertificates.Subject("Short", "", ""), KeyAlgorithm.ECDSA_P256, 5);
        // A PC whose clock is wrong (or a forger) claims a time before the certificate existed.
        Clock past = Clock.fixed(Instant.now().minus(Duration.ofDays(30)), ZoneOffset.UTC);
        Path pkg = dataDir.resolve("p.lokkho");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PackageWriter(past).write(PackTestSupport.request(id, List.of()), pkg))
                .hasMessageContaining("pack.key.error.notYetValid");
    }

    @Test
    void manifestClaimingATimeAfterExpiryIsInvalid() throws Exception {
        SigningIdentity id = SelfSignedCertificates.create(new SelfSignedCertificates.Subject("Short", "", ""), KeyAlgorithm.ECDSA_P256, 5);
        Path pkg = dataDir.resolve("e.lokkho");
        new PackageWriter().write(PackTestSupport.request(id, List.of()), pkg);
        java.util.Map<String, byte[]> entries = PackTestSupport.entries(pkg);
        Manifest m = ManifestJson.read(entries.get("manifest.json"));
        Manifest late = new Manifest(m.formatVersion(), m.senderOffice(), m.documentIds(), m.documentJsonSha256(), m.fingerprint(),
                m.createdAt().plus(Duration.ofDays(10)), null, m.signer(), m.files());
        byte[] bytes = ManifestJson.write(late);
        entries.put("manifest.json", bytes);
        entries.put("manifest.json.p7s", CmsSignatures.signDetached(bytes, id, true));
        Clock later = Clock.fixed(Instant.now().plus(Duration.ofDays(10)), ZoneOffset.UTC);
        VerificationResult r = new PackageVerifier(TrustStore.empty(), PackageLimits.defaults(), null, later)
                .verify(PackTestSupport.rezip(entries, dataDir.resolve("late.lokkho")));
        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(r.problems()).extracting(Finding::reason).containsExactly(Reason.CERT_EXPIRED);
    }
}
