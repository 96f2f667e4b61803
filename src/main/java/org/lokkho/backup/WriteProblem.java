package org.lokkho.backup;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import org.lokkho.app.AppException;

/**
 * Turns a failed write into a message an officer can act on: a read-only folder, a full disk, a missing folder,
 * or (rarely) the system's own words. The message key is {@code safety.write.failed} with the file and the
 * reason's key rendered as an argument by the UI or CLI via {@link #reasonKey}.
 */
public final class WriteProblem {
    private WriteProblem() {
    }

    public static AppException of(Path target, IOException e) {
        String reason = reasonKey(e);
        if (reason.equals("safety.io.other")) {
            return new AppException("safety.write.failedOther", e, target, String.valueOf(e.getMessage()));
        }
        return new AppException(reason.replace("safety.io.", "safety.write."), e, target);
    }

    /** safety.io.denied, safety.io.diskFull, safety.io.notFound or safety.io.other. */
    public static String reasonKey(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "safety.io.denied";
        }
        if (e instanceof NoSuchFileException || e instanceof NotDirectoryException) {
            return "safety.io.notFound";
        }
        String text = (e instanceof FileSystemException fse ? fse.getReason() + " " : "") + e.getMessage();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk full") || lower.contains("not enough space")
                || lower.contains("quota")) {
            return "safety.io.diskFull";
        }
        if (lower.contains("read-only file system") || lower.contains("permission denied") || lower.contains("operation not permitted") || lower.contains("access is denied")) {
            return "safety.io.denied";
        }
        return "safety.io.other";
    }
}
