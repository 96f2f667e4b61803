package org.lokkho.ui.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.lokkho.app.AppException;
import org.lokkho.app.DocumentSummary;
import org.lokkho.store.backup.BackupFile;
import org.lokkho.domain.i18n.Messages;

/** How the safety windows say times, sizes, kinds, documents and failures in the UI language. */
public final class SafetyText {
    private SafetyText() {
    }

    /** Local time "22/11/2026 23:04:05", digits as the UI language shows them (backup names are in UTC). */
    public static String time(Instant instant, Messages m) {
        LocalDateTime t = LocalDateTime.ofInstant(instant, ZoneId.systemDefault());
        return m.digits(String.format("%02d/%02d/%d %02d:%02d:%02d", t.getDayOfMonth(), t.getMonthValue(), t.getYear(),
                t.getHour(), t.getMinute(), t.getSecond()));
    }

    public static String size(Path file, Messages m) {
        long bytes;
        try {
            bytes = Files.size(file);
        } catch (IOException e) {
            return "?";
        }
        if (bytes < 1024L * 1024L) {
            return m.get("ui.safety.size.kb", m.digits(Long.toString(Math.max(1, (bytes + 1023) / 1024))));
        }
        return m.get("ui.safety.size.mb", m.digits(String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0))));
    }

    public static String kind(BackupFile.Kind kind, Messages m) {
        return m.get("safety.kind." + kind.name());
    }

    /** A backups-list line for a backup file. */
    public static BackupRow row(BackupFile b, Messages m) {
        return new BackupRow(b, time(b.time(), m), size(b.path(), m), kind(b.kind(), m));
    }

    public static String count(int n, Messages m) {
        return m.digits(Integer.toString(n));
    }

    /** "title — office — 2025-26 — period — draft" for one document inside a backup. */
    public static String document(DocumentSummary s, Messages m) {
        String period = s.period() == null ? "" : " — " + (m.isBengali() ? s.period().bengali() : s.period().english());
        String status = s.status() == null ? "" : " — " + m.get("ui.safety.status." + s.status().name());
        return s.title() + " — " + s.officeName() + " — " + m.digits(s.fiscalYear().shortLabel()) + period + status;
    }

    /** A failure as a sentence: our own AppExceptions say it in the UI language, anything else is "unexpected". */
    public static String failure(Throwable e, Messages m) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AppException a) {
                return a.render(m);
            }
        }
        return m.get("ui.error.unexpected", String.valueOf(e.getMessage()));
    }
}
