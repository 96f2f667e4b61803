package org.lokkho.backup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which backups to delete: keep the newest {@code keepLast}, and for each of the last {@code keepDays} days (in
 * the officer's time zone) the newest backup of that day; everything else goes. Pure, so it is tested without
 * files or waiting days.
 */
public final class BackupRotation {
    private BackupRotation() {
    }

    public static List<BackupFile> toDelete(List<BackupFile> backups, Instant now, ZoneId zone, BackupPolicy policy) {
        List<BackupFile> newestFirst = new ArrayList<>(backups);
        newestFirst.sort(Comparator.comparing(BackupFile::time).reversed());
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate oldestKeptDay = today.minusDays(Math.max(0, policy.keepDays() - 1L));
        Set<LocalDate> daysKept = new HashSet<>();
        List<BackupFile> delete = new ArrayList<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            BackupFile b = newestFirst.get(i);
            LocalDate day = LocalDate.ofInstant(b.time(), zone);
            boolean recent = i < policy.keepLast();
            boolean dailyKeeper = policy.keepDays() > 0 && !day.isBefore(oldestKeptDay) && daysKept.add(day);
            if (recent) {
                daysKept.add(day);
            }
            if (!recent && !dailyKeeper) {
                delete.add(b);
            }
        }
        return delete;
    }
}
