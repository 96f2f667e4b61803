package org.lokkho.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {
    @TempDir
    Path dir;

    @Test
    void windowsUsesAppDataAndOtherSystemsAHiddenFolderInHome() {
        assertThat(DataFolder.defaultFor("Windows 10", Map.of("APPDATA", "C:\\Users\\rahim\\AppData\\Roaming"), "C:\\Users\\rahim"))
                .isEqualTo(Path.of("C:\\Users\\rahim\\AppData\\Roaming", "Lokkho"));
        assertThat(DataFolder.defaultFor("Windows 11", Map.of(), "/home/x")).isEqualTo(Path.of("/home/x", "AppData", "Roaming", "Lokkho"));
        assertThat(DataFolder.defaultFor("Linux", Map.of("APPDATA", "ignored"), "/home/rahim")).isEqualTo(Path.of("/home/rahim/.lokkho"));
    }

    @Test
    void anOverrideIsCreatedAndUsed() {
        Path wanted = dir.resolve("a").resolve("b");
        assertThat(DataFolder.resolve(wanted.toString())).isEqualTo(wanted);
        assertThat(wanted).isDirectory();
    }

    @Test
    void aFolderThatCannotBeMadeGivesAKey() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertThatThrownBy(() -> DataFolder.resolve(file.resolve("sub").toString())).isInstanceOf(AppException.class)
                .extracting(e -> ((AppException) e).key()).isEqualTo("store.error.dataDir");
    }
}
