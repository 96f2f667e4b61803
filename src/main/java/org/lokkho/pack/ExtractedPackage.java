package org.lokkho.pack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A package unpacked into its own fresh folder. {@code entries} maps entry name to what was actually written
 * (size and SHA-256 counted while inflating, not taken from the ZIP headers), in archive order.
 */
public record ExtractedPackage(Path folder, Map<String, Entry> entries) {
    public record Entry(Path file, long size, String sha256) {
    }

    public byte[] read(String name) throws IOException {
        return Files.readAllBytes(entries.get(name).file());
    }

    /** Deletes the folder and everything in it; used for the temp copy after verification. */
    public static void deleteTree(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: a temp folder left behind is harmless, the OS cleans temp
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }
}
