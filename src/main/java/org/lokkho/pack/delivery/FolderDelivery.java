package org.lokkho.pack.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.lokkho.pack.Hashes;
import org.lokkho.pack.PackageVerifier;
import org.lokkho.pack.TrustStore;
import org.lokkho.pack.VerificationResult;

/**
 * Puts a package on a USB stick or shared folder the careful way: write to a temp name, force it to the device,
 * rename, then read the copy back and check the whole-file hash and every hash inside it. Cheap USB sticks fail
 * silently; the officer must learn that before walking to the upstream office.
 */
public final class FolderDelivery {
    /** Where the copy went and its whole-file SHA-256. */
    public record Delivered(Path file, String sha256) {
    }

    private FolderDelivery() {
    }

    public static Delivered deliver(Path pkg, Path folder) {
        Path target = folder.resolve(pkg.getFileName().toString());
        try {
            String sourceHash = Hashes.sha256Hex(pkg);
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, ".lokkho-", ".part");
            try {
                copyAndForce(pkg, tmp);
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING); // FAT32 sticks
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            forceDirectory(folder);
            String copyHash = Hashes.sha256Hex(target);
            if (!copyHash.equals(sourceHash)) {
                throw new DeliveryException(null, "pack.delivery.readBackFailed", target, target.getFileName());
            }
            VerificationResult check = new PackageVerifier(TrustStore.empty()).verify(target);
            if (!check.isValid()) {
                throw new DeliveryException(null, "pack.delivery.readBackFailed", target, check.reason().orElseThrow().args());
            }
            return new Delivered(target, copyHash);
        } catch (IOException e) {
            throw new DeliveryException(e, "pack.delivery.readBackFailed", target, e.getMessage());
        }
    }

    private static void copyAndForce(Path from, Path to) throws IOException {
        try (InputStream in = Files.newInputStream(from);
             FileChannel out = FileChannel.open(to, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            byte[] buf = new byte[256 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                ByteBuffer bb = ByteBuffer.wrap(buf, 0, n);
                while (bb.hasRemaining()) {
                    out.write(bb);
                }
            }
            out.force(true);
        }
    }

    /** Makes the rename itself durable where the OS allows opening a directory (Linux); elsewhere a no-op. */
    private static void forceDirectory(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory as a channel; the file itself was already forced
        }
    }
}
