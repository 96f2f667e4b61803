package org.lokkho.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One backup: a zip made by H2's {@code BACKUP TO}, named {@code lokkho-YYYYMMDD-HHMMSS-mmm[-kind].zip} in UTC,
 * so the name alone says when it was made (file times change when a folder is copied to a USB stick) and names
 * sort by time. The kind tells an automatic backup from one made before a restore or by hand.
 */
public record BackupFile(Path path, Instant time, Kind kind) {
    public enum Kind {
        AUTO(""), BEFORE_RESTORE("before-restore"), MANUAL("manual");

        private final String suffix;

        Kind(String suffix) {
            this.suffix = suffix;
        }

        static Kind ofSuffix(String suffix) {
            for (Kind k : values()) {
                if (k.suffix.equals(suffix == null ? "" : suffix)) {
                    return k;
                }
            }
            return AUTO;
        }
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final Pattern NAME = Pattern.compile("lokkho-(\\d{8}-\\d{6}-\\d{3})(?:-([a-z-]+))?\\.zip");

    /** The file name for a backup made at that time. */
    public static String nameFor(Instant time, Kind kind) {
        String stamp = STAMP.format(LocalDateTime.ofInstant(time.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC));
        return "lokkho-" + stamp + (kind.suffix.isEmpty() ? "" : "-" + kind.suffix) + ".zip";
    }

    /** The backup that file is, if its name is one of ours (temp files and anything else are not). */
    public static Optional<BackupFile> parse(Path path) {
        Matcher m = NAME.matcher(path.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            Instant time = LocalDateTime.parse(m.group(1), STAMP).toInstant(ZoneOffset.UTC);
            return Optional.of(new BackupFile(path, time, Kind.ofSuffix(m.group(2))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public String fileName() {
        return path.getFileName().toString();
    }
}
