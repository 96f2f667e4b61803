package org.lokkho.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.AppContext;

/**
 * The whole submission path through the real lokkho command line: a bundled sample in a fresh data folder,
 * evidence attached, a key made, the package written and verified, and a one-byte change caught. When openssl,
 * pdfsig and pdffonts are installed they check the unpacked files too.
 */
class PackageEndToEndTest {
    private static final String EVIDENCE_NAME = "নৈতিকতা কমিটির সভা.txt";

    @TempDir
    Path dir;
    Path data;
    String id;

    @BeforeEach
    void openSample() {
        data = dir.resolve("data");
        try (AppContext context = new AppContext(data)) {
            id = Long.toString(context.documentService().openSample("nis-2021-22-khulna-city-q4").id());
        }
    }

    private CliRun lokkho(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void evidenceKeyPackageVerifyAndTamper() throws Exception {
        Path evidence = Files.writeString(dir.resolve(EVIDENCE_NAME), "নৈতিকতা কমিটির ১ম সভার কার্যবিবরণী, ১২ সেপ্টেম্বর ২০২১");
        CliRun added = lokkho("evidence", "add", id, "--row", "১.২", "--quarter", "Q1", evidence.toString());
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out()).contains("প্রমাণক ১ সংযুক্ত হয়েছে").contains(EVIDENCE_NAME).contains("১.২");
        CliRun listed = lokkho("--lang", "en", "evidence", "list", id);
        assertThat(listed.out()).contains(EVIDENCE_NAME).contains("1.2").contains("Q1");

        Path pw = Files.writeString(dir.resolve("pw.txt"), "s3cret-pass\n");
        Path p12 = dir.resolve("uno.p12");
        CliRun key = lokkho("key", "create", "--name", "মোঃ আব্দুল করিম", "--designation", "উপজেলা নির্বাহী অফিসার",
                "--office", "উপজেলা নির্বাহী অফিসারের কার্যালয়, সাভার", "-o", p12.toString(), "--password-file", pw.toString());
        assertThat(key.code()).as(key.err()).isZero();

        Path pkg = dir.resolve("out/nis-q4.lokkho");
        Files.createDirectories(pkg.getParent());
        CliRun packed = lokkho("package", id, "-o", pkg.toString(), "--keystore", p12.toString(), "--password-file", pw.toString());
        assertThat(packed.code()).as(packed.err()).isZero();
        assertThat(packed.out()).contains("প্যাকেজ লেখা হয়েছে");

        CliRun verified = lokkho("--lang", "en", "verify", pkg.toString());
        assertThat(verified.code()).as(verified.out() + verified.err()).isZero();
        assertThat(verified.out()).startsWith("VALID but UNTRUSTED");
        JsonNode json = new ObjectMapper().readTree(lokkho("verify", pkg.toString(), "--json").out());
        assertThat(json.path("verdict").asText()).isEqualTo("VALID_UNTRUSTED");
        assertThat(json.path("signer").path("name").asText()).isEqualTo("মোঃ আব্দুল করিম");
        List<String> names = new ArrayList<>();
        json.path("manifest").path("files").forEach(f -> names.add(f.path("name").asText()));
        String evidenceEntry = "evidence/১.২/Q1/" + EVIDENCE_NAME;
        assertThat(names).containsExactly("document.json", "document.pdf", evidenceEntry);

        Map<String, byte[]> entries = read(pkg);
        checkWithExternalTools(entries);

        // one byte of the evidence changed: exit 1, naming the file
        byte[] changed = entries.get(evidenceEntry).clone();
        changed[0] ^= 0x01;
        entries.put(evidenceEntry, changed);
        Path bad = dir.resolve("out/tampered.lokkho");
        write(bad, entries);
        CliRun invalid = lokkho("--lang", "en", "verify", bad.toString());
        assertThat(invalid.code()).isEqualTo(1);
        assertThat(invalid.out()).startsWith("INVALID").contains("'" + evidenceEntry + "' was altered after signing");
    }

    @Test
    void keysGoToTheDataFolderAndTrustIsReadFromIt() throws Exception {
        Path pw = Files.writeString(dir.resolve("pw.txt"), "s3cret-pass\n");
        Path p12 = dir.resolve("from-ca.pfx");
        assertThat(lokkho("key", "create", "--name", "Rahima Begum", "-o", p12.toString(), "--password-file", pw.toString()).code()).isZero();
        CliRun imported = lokkho("key", "import", p12.toString(), "--alias", "office", "--password-file", pw.toString(), "--default");
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(data.resolve("keys/office.p12")).isRegularFile();
        assertThat(lokkho("key", "list").out().strip()).isEqualTo("* office");

        Path pkg = dir.resolve("q4.lokkho");
        assertThat(lokkho("package", id, "-o", pkg.toString(), "--keystore", data.resolve("keys/office.p12").toString(),
                "--password-file", pw.toString()).code()).isZero();
        assertThat(lokkho("verify", pkg.toString(), "--require-trusted").code()).isEqualTo(3);
        // the upstream office trusts this signer by copying its certificate into <data-dir>/trust
        var cert = org.lokkho.pack.identity.Pkcs12Files.load(p12, "s3cret-pass".toCharArray()).certificate();
        Files.createDirectories(data.resolve("trust"));
        Files.writeString(data.resolve("trust/rahima.pem"), "-----BEGIN CERTIFICATE-----\n"
                + java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(cert.getEncoded())
                + "\n-----END CERTIFICATE-----\n");
        CliRun trusted = lokkho("verify", pkg.toString(), "--require-trusted", "--lang", "en");
        assertThat(trusted.code()).as(trusted.out()).isZero();
        assertThat(trusted.out()).startsWith("VALID and TRUSTED");
    }

    @Test
    void mistakesAreOneLineAndExitOne() throws Exception {
        Path pw = Files.writeString(dir.resolve("pw.txt"), "s3cret-pass\n");
        Path p12 = dir.resolve("k.p12");
        assertThat(lokkho("key", "create", "--name", "A", "-o", p12.toString(), "--password-file", pw.toString()).code()).isZero();
        CliRun noDoc = lokkho("--lang", "en", "package", "999", "-o", dir.resolve("x.lokkho").toString(),
                "--keystore", p12.toString(), "--password-file", pw.toString());
        assertThat(noDoc.code()).isEqualTo(1);
        assertThat(noDoc.err().strip()).doesNotContain("Exception").doesNotContain("\n");
        assertThat(dir.resolve("x.lokkho")).doesNotExist();

        CliRun noRow = lokkho("--lang", "en", "evidence", "add", id, "--row", "42.7", pw.toString());
        assertThat(noRow.code()).isEqualTo(1);
        assertThat(noRow.errLines()).hasSize(1);
        assertThat(noRow.err()).contains("no row '42.7'");
        CliRun badQuarter = lokkho("evidence", "add", id, "--row", "1.1", "--quarter", "Q7", pw.toString());
        assertThat(badQuarter.code()).isEqualTo(1);
        assertThat(badQuarter.err()).contains("Q7");
        CliRun noFile = lokkho("evidence", "add", id, "--row", "1.1", dir.resolve("nope.pdf").toString());
        assertThat(noFile.code()).isEqualTo(1);
        assertThat(lokkho("--lang", "en", "evidence", "list", id).out()).contains("no evidence files");

        CliRun added = lokkho("evidence", "add", id, "--row", "1.1", pw.toString());
        assertThat(added.code()).as(added.err()).isZero();
        JsonNode listed = new ObjectMapper().readTree(lokkho("evidence", "list", id, "--json").out());
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("quarter").isNull()).isTrue();
        assertThat(Path.of(listed.get(0).path("path").asText())).isRegularFile();
        assertThat(lokkho("evidence", "remove", listed.get(0).path("id").asText()).code()).isZero();
        assertThat(Path.of(listed.get(0).path("path").asText())).doesNotExist();
        assertThat(lokkho("evidence", "remove", "77").code()).isEqualTo(1);
    }

    private void checkWithExternalTools(Map<String, byte[]> entries) throws Exception {
        Path unpacked = dir.resolve("unpacked");
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            Path f = unpacked.resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.write(f, e.getValue());
        }
        if (onPath("openssl")) {
            Tool r = tool(unpacked, "openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", "manifest.json.p7s",
                    "-content", "manifest.json", "-noverify", "-out", "/dev/null");
            assertThat(r.exit).as(r.output).isZero();
        }
        if (onPath("pdfsig")) {
            Tool r = tool(unpacked, "pdfsig", "document.pdf");
            assertThat(r.output).contains("Signature is Valid.");
        }
        if (onPath("pdffonts")) {
            Tool r = tool(unpacked, "pdffonts", "document.pdf");
            assertThat(r.exit).as(r.output).isZero();
            List<String> rows = r.output.lines().skip(2).toList();
            assertThat(rows).isNotEmpty().noneMatch(row -> row.contains("Helvetica"));
            for (String row : rows) {
                String[] cols = row.trim().split("\\s+");
                assertThat(cols[cols.length - 5]).as("emb column of: " + row).isEqualTo("yes"); // name type… encoding emb sub uni id gen
            }
        }
    }

    private static Map<String, byte[]> read(Path pkg) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(pkg.toFile())) {
            for (ZipEntry e : Collections.list(z.entries())) {
                entries.put(e.getName(), z.getInputStream(e).readAllBytes());
            }
        }
        return entries;
    }

    private static void write(Path pkg, Map<String, byte[]> entries) throws IOException {
        try (ZipOutputStream zo = new ZipOutputStream(Files.newOutputStream(pkg))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zo.putNextEntry(new ZipEntry(e.getKey()));
                zo.write(e.getValue());
                zo.closeEntry();
            }
        }
    }

    private record Tool(int exit, String output) {
    }

    private static Tool tool(Path workDir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Tool(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private static boolean onPath(String tool) {
        return org.lokkho.pdf.bench.ProcessTimer.onPath(tool) != null;
    }
}
