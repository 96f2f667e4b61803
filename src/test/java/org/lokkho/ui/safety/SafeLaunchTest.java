package org.lokkho.ui.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.AppContext;
import org.lokkho.app.AppException;

/** A second Lokkho on the same folder is told so plainly, in both languages, with no technical text. */
class SafeLaunchTest {
    @TempDir
    Path dir;

    @Test
    void theSecondWindowOnAFolderGetsAPlainMessage() throws Exception {
        // another process's lock, as the OS sees it (within one process InstanceLock is shared on purpose)
        try (FileChannel other = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = other.lock()) {
            AppException e = catchThrowableOfType(() -> new AppContext(dir), AppException.class);
            assertThat(e.key()).isEqualTo("safety.error.alreadyOpen");
            String text = SafeLaunch.alreadyOpenText(e);
            assertThat(text).contains("লক্ষ্য ইতোমধ্যে খোলা আছে").contains("already open")
                    .contains(dir.toAbsolutePath().normalize().toString()).doesNotContain("Exception").doesNotContain("safety.");
        }
    }
}
