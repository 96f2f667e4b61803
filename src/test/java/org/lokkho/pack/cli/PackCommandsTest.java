package org.lokkho.pack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.pack.PackageSource;
import picocli.CommandLine;

/** The three commands end to end, as the main CLI will run them. */
class PackCommandsTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    /**
     * Stands in for the lokkho root command: the inherited --data-dir and --lang the pack commands rely on
     * (the real one is tested in org.lokkho.cli.PackageEndToEndTest).
     */
    @CommandLine.Command(name = "root")
    static final class Root implements java.util.concurrent.Callable<Integer>, PackCommandHost {
        @CommandLine.Option(names = "--data-dir", scope = CommandLine.ScopeType.INHERIT)
        Path dataDir;
        @CommandLine.Option(names = "--lang", scope = CommandLine.ScopeType.INHERIT)
        String lang = "bn";

        @Override
        public Integer call() {
            return 2;
        }

        @Override
        public org.lokkho.domain.i18n.Messages messages() {
            return "en".equals(lang) ? org.lokkho.domain.i18n.Messages.english() : org.lokkho.domain.i18n.Messages.bengali();
        }

        @Override
        public Path dataFolder() {
            return dataDir;
        }

        @Override
        public org.lokkho.pack.ClosablePackageSource openPackageSource() {
            throw new IllegalStateException("the tests hand PackageCommand its source");
        }
    }

    /** Runs one pack command under the stand-in root, as {@code lokkho <command> args…}. */
    private static Run run(Object command, String... args) {
        CommandLine root = new CommandLine(new Root());
        root.addSubcommand(command);
        String name = command.getClass().getAnnotation(CommandLine.Command.class).name();
        String[] all = new String[args.length + 1];
        all[0] = name;
        System.arraycopy(args, 0, all, 1, args.length);
        return execute(root, all);
    }

    /** Runs a command on its own, without the root command. */
    private static Run runAlone(Object command, String... args) {
        return execute(new CommandLine(command), args);
    }

    private static Run execute(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** Stands in for the store + PDF exporter: a real PDF and a real evidence file. */
    private PackageSource source() throws Exception {
        Path evidence = Files.writeString(dir.resolve("minutes.txt"), "Meeting minutes, 12 Sep 2021");
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("NIS work plan 2021-22, first quarter");
                cs.endText();
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        byte[] json = "{\"format\":\"lokkho-document\"}".getBytes(StandardCharsets.UTF_8);
        return new PackageSource() {
            public byte[] documentJson(long id) {
                return json;
            }

            public byte[] documentPdf(long id) {
                return pdf;
            }

            public String officeName(long id) {
                return "উপজেলা নির্বাহী অফিসারের কার্যালয়, সাভার";
            }

            public List<Path> evidence(long id) {
                return List.of(evidence);
            }
        };
    }

    @Test
    void createKeyPackageAndVerify() throws Exception {
        Path pw = Files.writeString(dir.resolve("pw.txt"), "s3cret-pass\n");
        Path p12 = dir.resolve("office.p12");
        Run created = run(new KeyCommand(), "create", "--name", "Abdul Karim", "--designation", "UNO", "--office", "UNO Office",
                "-o", p12.toString(), "--password-file", pw.toString());
        assertThat(created.exit).as(created.err).isZero();
        assertThat(created.out).contains("কী তৈরি হয়েছে").contains("CN=Abdul Karim");

        Run shown = run(new KeyCommand(), "show", p12.toString(), "--password-file", pw.toString(), "--lang", "en");
        assertThat(shown.exit).isZero();
        assertThat(shown.out).contains("Subject: CN=Abdul Karim").contains("Self-signed").contains("days left");

        Run wrong = run(new KeyCommand(), "show", p12.toString(), "--password-file", Files.writeString(dir.resolve("bad"), "nope!!").toString());
        assertThat(wrong.exit).isEqualTo(1);
        assertThat(wrong.err).contains("পাসওয়ার্ড ভুল").doesNotContain("Exception");

        Path pkg = dir.resolve("out/nis-q1.lokkho");
        Files.createDirectories(pkg.getParent());
        Run packed = run(new PackageCommand(source()), "12", "-o", pkg.toString(), "--keystore", p12.toString(), "--password-file", pw.toString());
        assertThat(packed.exit).as(packed.err).isZero();
        assertThat(packed.out).contains("প্যাকেজ লেখা হয়েছে");

        Run verified = run(new VerifyCommand(), pkg.toString(), "--trust", dir.resolve("trust").toString());
        assertThat(verified.exit).isZero();
        assertThat(verified.out).startsWith("বৈধ কিন্তু অনাস্থাভাজন").contains("স্বাক্ষরকারী: Abdul Karim");
        assertThat(run(new VerifyCommand(), pkg.toString(), "--trust", dir.resolve("trust").toString(), "--require-trusted").exit).isEqualTo(3);

        Run json = run(new VerifyCommand(), pkg.toString(), "--json", "--trust", dir.resolve("trust").toString());
        JsonNode n = new ObjectMapper().readTree(json.out);
        assertThat(n.path("verdict").asText()).isEqualTo("VALID_UNTRUSTED");
        assertThat(n.path("manifest").path("documentIds").get(0).asText()).isEqualTo("12");
        assertThat(n.path("manifest").path("files")).hasSize(3);

        // tampered copy: exit 1 with the reason
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (var z = new java.util.zip.ZipFile(pkg.toFile())) {
            for (var e : java.util.Collections.list(z.entries())) {
                entries.put(e.getName(), z.getInputStream(e).readAllBytes());
            }
        }
        entries.put("evidence/minutes.txt", "Meeting minutes, 13 Sep 2021".getBytes(StandardCharsets.UTF_8));
        Path bad = dir.resolve("bad.lokkho");
        try (var zo = new java.util.zip.ZipOutputStream(Files.newOutputStream(bad))) {
            for (var e : entries.entrySet()) {
                zo.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
                zo.write(e.getValue());
                zo.closeEntry();
            }
        }
        Run invalid = run(new VerifyCommand(), bad.toString(), "--lang", "en", "--trust", dir.resolve("trust").toString());
        assertThat(invalid.exit).isEqualTo(1);
        assertThat(invalid.out).startsWith("INVALID: the file 'evidence/minutes.txt' was altered after signing");
        Run invalidJson = run(new VerifyCommand(), bad.toString(), "--json", "--trust", dir.resolve("trust").toString());
        assertThat(invalidJson.exit).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(invalidJson.out).path("problems").get(0).path("reason").asText()).isEqualTo("HASH_MISMATCH");
    }

    @Test
    void packageWithoutAppSourceExplainsItself() throws Exception {
        Run r = runAlone(new PackageCommand(), "1", "-o", dir.resolve("x.lokkho").toString(), "--keystore", "k.p12", "--password-file", "pw");
        assertThat(r.exit).isEqualTo(1);
        assertThat(r.err).contains("লক্ষ্য অ্যাপ থেকে চালান");
    }

    @Test
    void splitIntoVolumes() throws Exception {
        Path pw = Files.writeString(dir.resolve("pw.txt"), "s3cret-pass");
        Path p12 = dir.resolve("office.p12");
        assertThat(run(new KeyCommand(), "create", "--name", "A", "-o", p12.toString(), "--password-file", pw.toString()).exit).isZero();
        PackageSource base = source();
        byte[] big = new byte[3 * 1024 * 1024];
        new java.util.Random(1).nextBytes(big);
        Path e1 = Files.write(dir.resolve("e1.bin"), big);
        Path e2 = Files.write(dir.resolve("e2.bin"), big);
        PackageSource two = new PackageSource() {
            public byte[] documentJson(long id) {
                return base.documentJson(id);
            }

            public byte[] documentPdf(long id) {
                return base.documentPdf(id);
            }

            public String officeName(long id) {
                return "Office";
            }

            public List<Path> evidence(long id) {
                return List.of(e1, e2);
            }
        };
        Run r = run(new PackageCommand(two), "5", "-o", dir.resolve("apa.lokkho").toString(), "--keystore", p12.toString(),
                "--password-file", pw.toString(), "--split-mb", "4", "--lang", "en");
        assertThat(r.exit).as(r.err).isZero();
        assertThat(dir.resolve("apa-vol1.lokkho")).exists();
        assertThat(dir.resolve("apa-vol2.lokkho")).exists();
        assertThat(run(new VerifyCommand(), dir.resolve("apa-vol2.lokkho").toString(), "--lang", "en",
                "--trust", dir.resolve("trust").toString()).out).contains("Volume 2 of 2");
    }

    @Test
    void importAndListKeys() throws Exception {
        Path pw = Files.writeString(dir.resolve("pw.txt"), "s3cret-pass");
        Path p12 = dir.resolve("from-ca.pfx");
        assertThat(run(new KeyCommand(), "create", "--name", "B", "-o", p12.toString(), "--password-file", pw.toString()).exit).isZero();
        Path data = dir.resolve("data");
        Run imported = run(new KeyCommand(), "import", p12.toString(), "--alias", "office", "--password-file", pw.toString(),
                "--default", "--data-dir", data.toString(), "--lang", "en");
        assertThat(imported.exit).as(imported.err).isZero();
        assertThat(data.resolve("keys/office.p12")).exists();
        assertThat(run(new KeyCommand(), "list", "--data-dir", data.toString()).out).isEqualTo("* office" + System.lineSeparator());
        Run again = run(new KeyCommand(), "import", p12.toString(), "--alias", "office", "--password-file", pw.toString(),
                "--data-dir", data.toString(), "--lang", "en");
        assertThat(again.exit).isEqualTo(1);
        assertThat(again.err).contains("already exists");
    }
}
