package org.lokkho.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackupRotationTest {
    private static final ZoneId DHAKA = ZoneId.of("Asia/Dhaka");
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private static BackupFile at(Instant t) {
        return new BackupFile(Path.of(BackupFile.nameFor(t, BackupFile.Kind.AUTO)), t, BackupFile.Kind.AUTO);
    }

    @Test
    void keepsTheLastTenAndDeletesOlderOnesOfTheSameDay() {
        List<BackupFile> backups = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            backups.add(at(NOW.minus(Duration.ofMinutes(5L * i))));
        }
        List<BackupFile> deleted = BackupRotation.toDelete(backups, NOW, DHAKA, BackupPolicy.DEFAULT);
        // all 25 are today (within two hours): the ten newest stay, the rest go
        assertThat(deleted).hasSize(15);
        assertThat(deleted).doesNotContainAnyElementsOf(backups.subList(0, 10));
    }

    @Test
    void keepsTheNewestOfEachDayForThirtyDaysAndNothingOlder() {
        List<BackupFile> backups = new ArrayList<>();
        for (int day = 0; day < 40; day++) {
            for (int k = 0; k < 3; k++) {
                backups.add(at(NOW.minus(Duration.ofDays(day)).minus(Duration.ofHours(k))));
            }
        }
        List<BackupFile> deleted = BackupRotation.toDelete(backups, NOW, DHAKA, BackupPolicy.DEFAULT);
        List<BackupFile> kept = new ArrayList<>(backups);
        kept.removeAll(deleted);
        // ten newest (days 0-3) plus the newest of each of the other days up to 29 days back
        assertThat(kept).contains(backups.subList(0, 10).toArray(new BackupFile[0]));
        for (int day = 0; day < 30; day++) {
            assertThat(kept).contains(backups.get(day * 3));
        }
        for (int day = 30; day < 40; day++) {
            assertThat(kept).doesNotContain(backups.get(day * 3));
        }
        assertThat(kept).hasSize(10 + (30 - 4));
    }

    @Test
    void dayBoundariesFollowTheLocalTimeZone() {
        // 23:30 and 00:30 in Dhaka are two days even though both are the same UTC day
        BackupFile lateEvening = at(Instant.parse("2026-11-20T17:30:00Z"));
        BackupFile earlyMorning = at(Instant.parse("2026-11-20T18:30:00Z"));
        BackupPolicy keepOne = new BackupPolicy(Duration.ofMinutes(5), 1, 30);
        assertThat(BackupRotation.toDelete(List.of(lateEvening, earlyMorning), NOW, DHAKA, keepOne)).isEmpty();
        assertThat(BackupRotation.toDelete(List.of(lateEvening, earlyMorning), NOW, ZoneId.of("UTC"), keepOne))
                .containsExactly(lateEvening);
    }

    @Test
    void namesRoundTripAndOtherFilesAreNotBackups() {
        Instant t = Instant.parse("2026-11-22T21:05:09.123Z");
        for (BackupFile.Kind kind : BackupFile.Kind.values()) {
            BackupFile parsed = BackupFile.parse(Path.of("x").resolve(BackupFile.nameFor(t, kind))).orElseThrow();
            assertThat(parsed.time()).isEqualTo(t);
            assertThat(parsed.kind()).isEqualTo(kind);
        }
        assertThat(BackupFile.parse(Path.of(".lokkho-20261122-210509-123.zip123.tmp"))).isEmpty();
        assertThat(BackupFile.parse(Path.of("lokkho-20261399-210509-123.zip"))).isEmpty();
        assertThat(BackupFile.parse(Path.of("notes.zip"))).isEmpty();
    }
}
