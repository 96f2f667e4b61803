package org.lokkho.store.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.lokkho.app.AppException;
import org.lokkho.io.AtomicFiles;
import org.lokkho.store.H2Database;

/**
 * Replaces the store with a backup. Nothing is ever lost on the way: the backup is checked first (it must open
 * and read completely), the current store is backed up (or, if it is damaged, moved unchanged to
 * {@code damaged/}), and the backup's database file is unpacked beside the live one and renamed over it in one
 * step. The caller must hold the {@link org.lokkho.safety.InstanceLock} and must have closed its own
 * {@link H2Database} for this folder; it reopens the store afterwards.
 */
public final class StoreRestorer {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final BackupService backups;
    private final BackupInspector inspector;
    private final Clock clock;

    public StoreRestorer(BackupService backups, BackupInspector inspector, Clock clock) {
        this.backups = backups;
        this.inspector = inspector;
        this.clock = clock;
    }

    public RestoreResult restore(Path backup) {
        BackupContents contents = inspector.inspect(backup);
        if (!contents.usable()) {
            throw new AppException("safety.restore.badBackup", backup, contents.problem().orElse(""));
        }
        StoreLayout layout = backups.layout();
        Path staged = layout.dataDir().resolve(".restore-" + H2Database.BASE_NAME + ".mv.db" + AtomicFiles.TEMP_SUFFIX);
        try {
            BackupInspector.unpackDatabase(backup, staged);
            StoreHealth health = StoreProbe.check(layout);
            Optional<BackupFile> safety = Optional.empty();
            Optional<Path> movedAside = Optional.empty();
            switch (health.state()) {
                case LOCKED:
                    throw new AppException("safety.error.alreadyOpen", layout.dataDir());
                case DAMAGED:
                    // copied, not moved: the folder never lacks a database file, even if we are killed right here
                    movedAside = setAside(layout, clock, true);
                    break;
                case OK:
                    try (H2Database current = H2Database.open(layout.dataDir())) {
                        safety = Optional.of(backups.backupBeforeRestore(current));
                    }
                    break;
                default:
                    break;
            }
            // the old mark describes the old store: gone before the swap, so a crash cannot leave a mismatch
            Files.deleteIfExists(layout.markFile());
            AtomicFiles.moveAtomically(staged, layout.databaseFile());
            long version = StoreVersion.of(layout.databaseFile());
            try (H2Database restored = H2Database.open(layout.dataDir())) {
                restored.read(c -> StoreMark.of(c, version)).write(layout.markFile());
            }
            return new RestoreResult(backup, safety, movedAside, contents);
        } catch (IOException e) {
            throw WriteProblem.of(layout.databaseFile(), e);
        } finally {
            try {
                Files.deleteIfExists(staged);
            } catch (IOException ignored) {
                // a leftover temp file is ignored by everything and replaced next time
            }
        }
    }

    /**
     * Moves the database file, exactly as it is, to {@code damaged/lokkho-<time>.mv.db} (never overwriting an
     * earlier one) and returns where it went; empty if there was no file.
     */
    public static Optional<Path> moveAside(StoreLayout layout, Clock clock) throws IOException {
        return setAside(layout, clock, false);
    }

    /**
     * Puts the damaged database file into damaged/, byte for byte: moved, or (when a restored file is about to
     * replace it atomically) copied and fsynced, so that no moment exists without a database file.
     */
    static Optional<Path> setAside(StoreLayout layout, Clock clock, boolean copy) throws IOException {
        Path file = layout.databaseFile();
        String stamp = STAMP.format(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        if (!Files.exists(file)) {
            // the file is gone but its mark says there were documents: the mark is set aside too, or an empty
            // start would be taken for the missing file again (kept, like everything in damaged/)
            if (Files.exists(layout.markFile())) {
                Files.createDirectories(layout.damagedDir());
                Path mark = layout.damagedDir().resolve(H2Database.BASE_NAME + "-" + stamp + ".missing.mark");
                for (int n = 2; Files.exists(mark); n++) {
                    mark = layout.damagedDir().resolve(H2Database.BASE_NAME + "-" + stamp + "-" + n + ".missing.mark");
                }
                Files.move(layout.markFile(), mark);
            }
            return Optional.empty();
        }
        Files.createDirectories(layout.damagedDir());
        Path target = layout.damagedDir().resolve(H2Database.BASE_NAME + "-" + stamp + ".mv.db");
        for (int n = 2; Files.exists(target); n++) {
            target = layout.damagedDir().resolve(H2Database.BASE_NAME + "-" + stamp + "-" + n + ".mv.db");
        }
        if (copy) {
            AtomicFiles.writeFile(target, temp -> Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING));
        } else {
            try {
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(file, target);
            }
        }
        // H2's trace file belongs to the damaged file; it goes with it so the next store starts clean
        Path trace = layout.dataDir().resolve(H2Database.BASE_NAME + ".trace.db");
        if (Files.exists(trace)) {
            Files.move(trace, target.resolveSibling(target.getFileName() + ".trace.db"));
        }
        // so is the mark: it describes the damaged file, and a new or restored store gets its own
        if (Files.exists(layout.markFile())) {
            Files.move(layout.markFile(), target.resolveSibling(target.getFileName() + ".mark"));
        }
        return Optional.of(target);
    }
}
