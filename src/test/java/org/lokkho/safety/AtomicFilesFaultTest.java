package org.lokkho.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.app.AppException;
import org.lokkho.io.AtomicFiles;
import org.lokkho.store.backup.ReadOnlyFolder;
import org.lokkho.store.backup.WriteProblem;
import org.lokkho.domain.i18n.Messages;

/** Writes that fail half-way leave the old file (or nothing), never a partial file that looks complete. */
class AtomicFilesFaultTest {
    @TempDir
    Path dir;

    private static final byte[] HALF = "{\"format\":\"lokkho-document\",\"sections\":{\"plan\":".getBytes(StandardCharsets.UTF_8);

    private static AtomicFiles.StreamContent diskFullAfterHalf() {
        return out -> {
            out.write(HALF);
            throw new IOException("No space left on device");
        };
    }

    private long filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void aStreamThatFailsHalfWayLeavesNoFile() throws Exception {
        Path target = dir.resolve("export.json");
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> AtomicFiles.write(target, diskFullAfterHalf()));
        assertThat(target).doesNotExist();
        assertThat(filesIn(dir)).as("no temp file left behind").isZero();
        AppException message = WriteProblem.of(target, e);
        assertThat(message.key()).isEqualTo("safety.write.diskFull");
        assertThat(message.render(Messages.english())).contains("the disk is full").contains(target.toString());
        assertThat(message.render(Messages.bengali())).contains("ডিস্ক ভরে গেছে");
    }

    @Test
    void aStreamThatFailsHalfWayKeepsTheOldFileWhole() throws Exception {
        Path target = dir.resolve("export.json");
        AtomicFiles.writeString(target, "the complete old export");
        assertThatThrownBy(() -> AtomicFiles.write(target, diskFullAfterHalf())).isInstanceOf(IOException.class);
        assertThat(Files.readString(target)).isEqualTo("the complete old export");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void aFileWriterThatFailsLeavesNothingEither() throws Exception {
        Path target = dir.resolve("package.zip");
        assertThatThrownBy(() -> AtomicFiles.writeFile(target, temp -> {
            Files.write(temp, HALF);
            throw new IOException("No space left on device");
        })).isInstanceOf(IOException.class);
        assertThat(filesIn(dir)).isZero();
    }

    @Test
    void aReadOnlyFolderGivesTheDeniedMessageAndNoFile() throws Exception {
        try (ReadOnlyFolder folder = new ReadOnlyFolder(dir.resolve("ro"))) {
            Path target = folder.path().resolve("export.json");
            IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> AtomicFiles.writeString(target, "x"));
            assertThat(WriteProblem.of(target, e).key()).isEqualTo("safety.write.denied");
            assertThat(filesIn(folder.path())).isZero();
        }
    }

    @Test
    void aSuccessfulWriteReplacesTheFileWholeAndLeavesNoTemp() throws Exception {
        Path target = dir.resolve("export.json");
        AtomicFiles.writeString(target, "old");
        AtomicFiles.write(target, out -> out.write("নতুন".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(target)).isEqualTo("নতুন");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @org.junit.jupiter.api.Test
    void aWrittenFileGetsTheFoldersUsualPermissionsNotOwnerOnly() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path plain = java.nio.file.Files.createFile(dir.resolve("plain.txt"));
        Path written = dir.resolve("report.pdf");
        AtomicFiles.writeString(written, "x");
        org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.getPosixFilePermissions(written))
                .isEqualTo(java.nio.file.Files.getPosixFilePermissions(plain));
    }
}
