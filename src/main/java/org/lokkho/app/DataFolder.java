package org.lokkho.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the data file lives: {@code --data-dir} if given; else {@code %APPDATA%\Lokkho} on Windows (roaming
 * profile, where Windows users expect app data) and {@code ~/.lokkho} elsewhere.
 */
public final class DataFolder {
    private DataFolder() {
    }

    /** The folder to use, created if missing. */
    public static Path resolve(String override) {
        Path dir = override != null && !override.isBlank()
                ? Path.of(override)
                : defaultFor(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
        return ensure(dir.toAbsolutePath().normalize());
    }

    /** The default folder for that system (pure, so it can be tested for Windows on any machine). */
    public static Path defaultFor(String osName, Map<String, String> env, String userHome) {
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("Lokkho");
        }
        return Path.of(userHome, ".lokkho");
    }

    public static Path ensure(Path dir) {
        try {
            Files.createDirectories(dir);
            return dir;
        } catch (IOException | SecurityException e) {
            throw new AppException("store.error.dataDir", e, dir);
        }
    }
}
