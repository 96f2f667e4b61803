package org.lokkho.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;

/**
 * Makes a folder that cannot be written to. Removing write permission is enough for a normal user; tests that
 * run as root (containers) also set the immutable attribute, which even root cannot write through.
 */
public final class ReadOnlyFolder implements AutoCloseable {
    private final Path dir;
    private boolean immutable;

    public ReadOnlyFolder(Path dir) throws IOException, InterruptedException {
        this.dir = dir;
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (writable()) {
            immutable = new ProcessBuilder("chattr", "+i", dir.toString()).redirectErrorStream(true).start().waitFor() == 0;
            Assumptions.assumeTrue(immutable && !writable(), "cannot make a read-only folder on this machine");
        }
    }

    private boolean writable() {
        try {
            Files.delete(Files.createTempFile(dir, "probe", ".tmp"));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public Path path() {
        return dir;
    }

    @Override
    public void close() throws Exception {
        if (immutable) {
            new ProcessBuilder("chattr", "-i", dir.toString()).start().waitFor();
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
