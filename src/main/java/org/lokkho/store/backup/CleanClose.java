package org.lokkho.store.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * A note written right after the database was closed cleanly: the file's size, modification time and identity.
 * When the next start finds the file exactly so, nothing has written to it since a clean close, so the
 * {@link StoreProbe} (a copy of the file and a second, read-only open: about 0.1 s of every start, growing with
 * the file) cannot find anything and is skipped. Anything else — a crash, a kill, a truncated or replaced file, a
 * restore, the doctor — changes size or time and the probe runs as before. The note is good for one start only:
 * it is removed when read.
 */
public final class CleanClose {
    private static final String HEADER = "lokkho-clean-close 1";

    private CleanClose() {
    }

    /** Call after the database was closed without error, while the folder's instance lock is still held. */
    public static void record(StoreLayout layout) {
        try {
            Files.writeString(layout.cleanCloseFile(), HEADER + "\n" + stateOf(layout.databaseFile()) + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            // no note: the next start probes, which only costs time
            deleteQuietly(layout.cleanCloseFile());
        }
    }

    /**
     * True when the database file is exactly as the last clean close left it. Removes the note either way, so
     * it can never vouch for a later state of the file.
     */
    public static boolean confirmAndForget(StoreLayout layout) {
        Path note = layout.cleanCloseFile();
        try {
            String expected = Files.readString(note, StandardCharsets.UTF_8);
            deleteQuietly(note);
            return expected.equals(HEADER + "\n" + stateOf(layout.databaseFile()) + "\n");
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(note);
            return false;
        }
    }

    private static String stateOf(Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        // the file key (device and inode on Linux; absent on Windows) tells a file copied over it with the
        // same size and time
        return a.size() + " " + a.lastModifiedTime().to(TimeUnit.NANOSECONDS) + " " + a.fileKey();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stale note fails the comparison at the next start anyway
        }
    }
}
