package org.lokkho.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The data folder a window test made: closed (database first) and removed after each test. */
public final class WindowTestFolder {
    private WindowTestFolder() {
    }

    public static void closeAndDelete(AutoCloseable opened, Path dir) throws Exception {
        opened.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // already gone
        }
    }
}
