package org.lokkho.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that a reader (or a power cut) sees either the old file or the whole new one: write a temp
 * file beside it, force it to disk, then rename over the target. The temp file ends in {@code .tmp} and starts
 * with a dot, so a half-written one never looks like a finished export, backup or package; on any failure it is
 * deleted and the target is left as it was.
 */
public final class AtomicFiles {
    /** Suffix of every temp file made here (a failed write never leaves a file without it). */
    public static final String TEMP_SUFFIX = ".tmp";

    private AtomicFiles() {
    }

    /** Writes bytes to an output stream (the stream is closed by {@link AtomicFiles}). */
    @FunctionalInterface
    public interface StreamContent {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Fills a file given by path (for tools that write a file themselves, such as H2's BACKUP TO). */
    @FunctionalInterface
    public interface FileContent {
        void writeTo(Path temp) throws IOException;
    }

    public static void writeString(Path target, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        write(target, out -> out.write(bytes));
    }

    /** Streams the content into a temp file beside the target, fsyncs it and renames it over the target. */
    public static void write(Path target, StreamContent content) throws IOException {
        writeFile(target, temp -> {
            // buffered: writers such as PDFBox and ZIP write in many small pieces, each otherwise a system call
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = new java.io.BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                content.writeTo(out);
                out.flush();
            }
        });
    }

    /**
     * Lets the content write a temp file beside the target (the path exists, empty, and may be replaced), then
     * fsyncs it and renames it over the target.
     */
    public static void writeFile(Path target, FileContent content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = newTemp(absolute);
        try {
            content.writeTo(temp);
            force(temp);
            moveAtomically(temp, absolute);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * An empty temp file beside the target. Not {@code Files.createTempFile}: that makes it readable by its owner
     * only, and the renamed file would keep that; an export or package must get the folder's usual permissions.
     */
    private static Path newTemp(Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(System.nanoTime())
                    + TEMP_SUFFIX);
            try {
                return Files.createFile(temp);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt == 9) {
                    throw e;
                }
            }
        }
    }

    /**
     * Renames a finished file into place (replacing the target) and fsyncs the folder so the rename itself
     * survives a power cut. Both must be in the same folder (or at least on the same disk) for the rename to be
     * atomic; where the file system cannot rename atomically a plain replace is the best it offers.
     */
    public static void moveAtomically(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
        forceFolder(target.toAbsolutePath().getParent());
    }

    /** Forces a file's bytes to the disk. */
    public static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Best effort: on Linux a folder can be fsynced (making renames durable); Windows cannot open a folder. */
    static void forceFolder(Path dir) {
        if (dir == null) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // not supported on this system; the rename is still atomic, only its durability waits for the OS
        }
    }
}
