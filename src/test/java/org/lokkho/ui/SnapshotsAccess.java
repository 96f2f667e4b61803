package org.lokkho.ui;

import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.Scene;

/** {@link Snapshots} for tests in sub-packages (it is package-private). */
public final class SnapshotsAccess {
    private SnapshotsAccess() {
    }

    public static void write(Scene scene, Path file) throws IOException {
        Snapshots.write(scene, file);
    }
}
