package org.lokkho.backup;

import java.time.Duration;

/**
 * How often automatic backups are made and how many are kept: at most one per {@code interval} while the
 * officer edits; the newest {@code keepLast}, plus the newest of each day for {@code keepDays} days.
 */
public record BackupPolicy(Duration interval, int keepLast, int keepDays) {
    public static final BackupPolicy DEFAULT = new BackupPolicy(Duration.ofMinutes(5), 10, 30);

    public BackupPolicy {
        if (interval.isNegative() || keepLast < 1 || keepDays < 0) {
            throw new IllegalArgumentException("bad backup policy: " + interval + ", " + keepLast + ", " + keepDays);
        }
    }

    public BackupPolicy withInterval(Duration newInterval) {
        return new BackupPolicy(newInterval, keepLast, keepDays);
    }
}
