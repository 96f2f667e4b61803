package org.lokkho.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.pack.identity.KeyAlgorithm;
import org.lokkho.pack.identity.SelfSignedCertificates;
import org.lokkho.pack.identity.SigningIdentity;

/**
 * The offline recipe of docs/package-format.md, run for real: openssl checks the manifest signature, pdfsig (poppler)
 * the PDF signature, and sha256sum the manifest's hashes. Skipped where a tool is not installed.
 */
class ExternalToolsInteropTest {
    @TempDir
    Path dir;
    Path unpacked;

    @BeforeEach
    void makePackage() throws Exception {
        unpacked = dir.resolve("unpacked");
    }

    private void unpack(SigningIdentity id) throws Exception {
        Path pkg = dir.resolve("p.lokkho");
        new PackageWriter().write(PackTestSupport.request(id, List.of(PackTestSupport.evidence(dir, "scan.pdf", 20_000))), pkg);
        for (Map.Entry<String, byte[]> e : PackTestSupport.entries(pkg).entrySet()) {
            Path f = unpacked.resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.write(f, e.getValue());
        }
    }

    @Test
    void opensslVerifiesManifestSignatureEcdsa() throws Exception {
        assumeTrue(onPath("openssl"), "openssl not installed");
        unpack(PackTestSupport.identity("Abdul Karim"));
        Run r = run(unpacked, "openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", "manifest.json.p7s",
                "-content", "manifest.json", "-noverify", "-out", "/dev/null");
        assertThat(r.exit).as(r.output).isZero();
        assertThat(r.output).contains("Verification successful");
    }

    @Test
    void opensslVerifiesManifestSignatureRsaAndDetectsTampering() throws Exception {
        assumeTrue(onPath("openssl"), "openssl not installed");
        unpack(SelfSignedCertificates.create(new SelfSignedCertificates.Subject("Rahima Begum", "Deputy Commissioner", "DC Office, Dhaka"),
                KeyAlgorithm.RSA_3072, 365));
        Run ok = run(unpacked, "openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", "manifest.json.p7s",
                "-content", "manifest.json", "-noverify", "-out", "/dev/null");
        assertThat(ok.exit).as(ok.output).isZero();
        Path manifest = unpacked.resolve("manifest.json");
        Files.write(manifest, PackTestSupport.flip(Files.readAllBytes(manifest), 40));
        Run bad = run(unpacked, "openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", "manifest.json.p7s",
                "-content", "manifest.json", "-noverify", "-out", "/dev/null");
        assertThat(bad.exit).as(bad.output).isNotZero();
    }

    @Test
    void pdfsigReportsSignatureValid() throws Exception {
        assumeTrue(onPath("pdfsig"), "pdfsig (poppler-utils) not installed");
        unpack(PackTestSupport.identity("Abdul Karim"));
        Run r = run(unpacked, "pdfsig", "document.pdf");
        assertThat(r.output).contains("Signature Validation: Signature is Valid.");
        assertThat(r.output).contains("Signature Type: ETSI.CAdES.detached");
        assertThat(r.output).contains("Total document signed");
    }

    @Test
    void sha256sumAgreesWithManifest() throws Exception {
        assumeTrue(onPath("sha256sum"), "sha256sum not installed");
        unpack(PackTestSupport.identity("Abdul Karim"));
        Manifest m = ManifestJson.read(Files.readAllBytes(unpacked.resolve("manifest.json")));
        StringBuilder listing = new StringBuilder();
        for (Manifest.FileEntry f : m.files()) {
            listing.append(f.sha256()).append("  ").append(f.name()).append('\n');
        }
        Files.writeString(unpacked.resolve("SHA256SUMS"), listing.toString(), StandardCharsets.UTF_8);
        Run r = run(unpacked, "sha256sum", "-c", "SHA256SUMS");
        assertThat(r.exit).as(r.output).isZero();
        assertThat(r.output).contains("document.pdf: OK").contains("evidence/scan.pdf: OK");
    }

    record Run(int exit, String output) {
    }

    static Run run(Path workDir, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(workDir.toFile()).redirectErrorStream(true);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    static boolean onPath(String tool) {
        return org.lokkho.pdf.bench.ProcessTimer.onPath(tool) != null;
    }
}
