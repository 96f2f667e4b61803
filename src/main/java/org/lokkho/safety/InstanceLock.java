package org.lokkho.safety;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import org.lokkho.app.AppException;

/**
 * One Lokkho per data folder: an OS file lock on {@code <dataDir>/.lock}, held for as long as the window or
 * command runs. Taken before the database is opened, so a second launch hears "Lokkho is already open with this
 * data folder" from us rather than a database error, and never touches the store. The OS drops the lock when
 * the process dies, even by kill -9 or a power cut, so there is never a stale lock to clean up.
 * Within one process the lock is shared (counted): the window and a background backup may each hold it.
 */
public final class InstanceLock implements AutoCloseable {
    public static final String FILE_NAME = ".lock";

    private static final Map<Path, Held> HELD = new HashMap<>();

    private final Path file;
    private boolean released;

    private InstanceLock(Path file) {
        this.file = file;
    }

    private static final class Held {
        final FileChannel channel;
        final FileLock lock;
        int count;

        Held(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }
    }

    /** Takes the lock or throws {@code safety.error.alreadyOpen}; close it when the program ends. */
    public static InstanceLock acquire(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        Path file = dir.resolve(FILE_NAME);
        synchronized (HELD) {
            Held held = HELD.get(file);
            if (held == null) {
                held = lockFile(dir, file);
                HELD.put(file, held);
            }
            held.count++;
            return new InstanceLock(file);
        }
    }

    /** True if another process holds the folder now (for a read-only look such as {@code lokkho backups}). */
    public static boolean heldElsewhere(Path dataDir) {
        try (InstanceLock ignored = acquire(dataDir)) {
            return false;
        } catch (AppException e) {
            return "safety.error.alreadyOpen".equals(e.key());
        }
    }

    private static Held lockFile(Path dir, Path file) {
        FileChannel channel = null;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new AppException("safety.error.alreadyOpen", dir);
            }
            writeOwner(channel);
            return new Held(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new AppException("safety.error.lockFile", e, file, String.valueOf(e.getMessage()));
        }
    }

    /** Who holds it, for a person looking at the folder; nothing reads it back. */
    private static void writeOwner(FileChannel channel) throws IOException {
        byte[] text = ("pid " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text), 0);
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        synchronized (HELD) {
            if (released) {
                return;
            }
            released = true;
            Held held = HELD.get(file);
            if (held != null && --held.count == 0) {
                HELD.remove(file);
                try {
                    held.lock.release();
                } catch (IOException ignored) {
                    // closing the channel releases it too
                }
                closeQuietly(held.channel);
            }
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }
}
