package org.lokkho.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crafted archives are refused with a clear reason, and nothing is ever written outside the fresh temp folder. */
class HostileZipTest {
    static final byte[] SMALL = "{}".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;
    Path work;
    Path inbox;

    @BeforeEach
    void folders() throws Exception {
        work = Files.createDirectories(dir.resolve("work/deeper"));
        inbox = Files.createDirectories(dir.resolve("inbox"));
    }

    private VerificationResult verify(RawZip zip, PackageLimits limits) throws Exception {
        Path file = zip.writeTo(inbox.resolve("crafted.lokkho"));
        VerificationResult r = new PackageVerifier(TrustStore.empty(), limits, work, Clock.systemUTC()).verify(file);
        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        try (Stream<Path> all = Files.walk(dir)) {
            // only the folders we made and the crafted file: no "evil", and the temp folder is gone again
            assertThat(all.map(p -> dir.relativize(p).toString().replace('\\', '/')).toList())
                    .containsExactlyInAnyOrder("", "work", "work/deeper", "inbox", "inbox/crafted.lokkho");
        }
        return r;
    }

    private VerificationResult verify(RawZip zip) throws Exception {
        return verify(zip, PackageLimits.defaults());
    }

    @Test
    void parentDirectoryEscape() throws Exception {
        VerificationResult r = verify(new RawZip().stored("manifest.json", SMALL).stored("../evil", SMALL).stored("../../evil", SMALL));
        assertThat(r.reason().orElseThrow()).isEqualTo(Finding.of(Reason.UNSAFE_ENTRY_NAME, "../evil"));
    }

    @Test
    void escapeHiddenInsideEvidence() throws Exception {
        VerificationResult r = verify(new RawZip().stored("evidence/../../evil", SMALL));
        assertThat(r.reason().orElseThrow().reason()).isEqualTo(Reason.UNSAFE_ENTRY_NAME);
    }

    @Test
    void absolutePath() throws Exception {
        VerificationResult r = verify(new RawZip().stored("/tmp/lokkho-abs-evil", SMALL));
        assertThat(r.reason().orElseThrow()).isEqualTo(Finding.of(Reason.UNSAFE_ENTRY_NAME, "/tmp/lokkho-abs-evil"));
        assertThat(Path.of("/tmp/lokkho-abs-evil")).doesNotExist();
    }

    @Test
    void windowsStyleNames() throws Exception {
        assertThat(verify(new RawZip().stored("evidence\\..\\..\\evil", SMALL)).reason().orElseThrow().reason())
                .isEqualTo(Reason.UNSAFE_ENTRY_NAME);
        Files.delete(inbox.resolve("crafted.lokkho"));
        assertThat(verify(new RawZip().stored("C:/evil", SMALL)).reason().orElseThrow().reason()).isEqualTo(Reason.UNSAFE_ENTRY_NAME);
    }

    @Test
    void duplicateNames() throws Exception {
        VerificationResult r = verify(new RawZip().stored("document.json", SMALL).stored("document.json", "{\"x\":1}".getBytes(StandardCharsets.UTF_8)));
        assertThat(r.reason().orElseThrow()).isEqualTo(Finding.of(Reason.DUPLICATE_ENTRY, "document.json"));
    }

    @Test
    void namesDifferingOnlyInCaseAreDuplicates() throws Exception {
        VerificationResult r = verify(new RawZip().stored("evidence/Photo.jpg", SMALL).stored("evidence/photo.JPG", SMALL));
        assertThat(r.reason().orElseThrow().reason()).isEqualTo(Reason.DUPLICATE_ENTRY);
    }

    @Test
    void unknownEntry() throws Exception {
        VerificationResult r = verify(new RawZip().stored("manifest.json", SMALL).stored("autorun.inf", SMALL));
        assertThat(r.reason().orElseThrow()).isEqualTo(Finding.of(Reason.UNKNOWN_ENTRY, "autorun.inf"));
    }

    @Test
    void zipBombDeclaringTwoGigabytes() throws Exception {
        long twoGb = 2L * 1024 * 1024 * 1024;
        VerificationResult r = verify(new RawZip().stored("manifest.json", SMALL).deflatedZeros("evidence/zeros.bin", twoGb, twoGb));
        assertThat(r.reason().orElseThrow().reason()).isEqualTo(Reason.ENTRY_TOO_LARGE);
        assertThat(r.reason().orElseThrow().args()).contains("evidence/zeros.bin");
    }

    @Test
    void zipBombLyingAboutItsSizeIsStoppedByTheRatioLimit() throws Exception {
        // headers say 1 000 bytes; the data inflates to 64 MB of zeros (about 1000:1)
        VerificationResult r = verify(new RawZip().deflatedZeros("evidence/zeros.bin", 64L << 20, 1_000));
        assertThat(r.reason().orElseThrow()).isEqualTo(Finding.of(Reason.COMPRESSION_RATIO, "evidence/zeros.bin", 200));
    }

    @Test
    void zipBombLyingAboutItsSizeIsStoppedByTheCountedSize() throws Exception {
        PackageLimits limits = new PackageLimits(100, 8L << 20, 1L << 30, 100_000, 1L << 20, 1L << 20);
        VerificationResult r = verify(new RawZip().deflatedZeros("evidence/zeros.bin", 32L << 20, 1_000), limits);
        assertThat(r.reason().orElseThrow().reason()).isEqualTo(Reason.ENTRY_TOO_LARGE);
    }

    @Test
    void totalSizeLimitAcrossEntries() throws Exception {
        PackageLimits limits = new PackageLimits(100, 8L << 20, 12L << 20, 100_000, 1L << 20, 1L << 20);
        VerificationResult r = verify(new RawZip().deflatedZeros("evidence/a.bin", 6L << 20, 6L << 20)
                .deflatedZeros("evidence/b.bin", 6L << 20, 6L << 20).deflatedZeros("evidence/c.bin", 6L << 20, 6L << 20), limits);
        assertThat(r.reason().orElseThrow().reason()).isEqualTo(Reason.PACKAGE_TOO_LARGE);
    }

    @Test
    void tooManyEntries() throws Exception {
        RawZip zip = new RawZip();
        for (int i = 0; i < 30; i++) {
            zip.stored("evidence/f" + i + ".txt", SMALL);
        }
        PackageLimits limits = new PackageLimits(20, 8L << 20, 12L << 20, 200, 1L << 20, 1L << 20);
        assertThat(verify(zip, limits).reason().orElseThrow().reason()).isEqualTo(Reason.TOO_MANY_ENTRIES);
    }

    @Test
    void notAZipAtAll() throws Exception {
        Path file = inbox.resolve("crafted.lokkho");
        Files.writeString(file, "this is not a zip file");
        VerificationResult r = new PackageVerifier(TrustStore.empty(), PackageLimits.defaults(), work, Clock.systemUTC()).verify(file);
        assertThat(r.reason().orElseThrow().reason()).isEqualTo(Reason.ARCHIVE_CORRUPT);
    }

    @Test
    void manifestMissing() throws Exception {
        VerificationResult r = verify(new RawZip().stored("document.json", SMALL));
        assertThat(r.reason().orElseThrow()).isEqualTo(Finding.of(Reason.MISSING_ENTRY, "manifest.json"));
    }

    @Test
    void safeNames() {
        assertThat(List.of("document.json", "evidence/ছবি ১.jpg", "evidence/sub/a.pdf")).allMatch(EntryNames::isSafe);
        assertThat(List.of("", "/a", "a/", "a//b", "./a", "a/./b", "..", "a/..", "a\\b", "C:x", "a\u0000b", "evidence/a.", "con "))
                .noneMatch(EntryNames::isSafe);
    }
}
