package org.lokkho.store.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.lokkho.app.AppException;
import org.lokkho.io.AtomicFiles;
import org.lokkho.store.H2Database;
import org.lokkho.store.StoreException;

/**
 * Makes backups of the live store with H2's {@code BACKUP TO}: an online, consistent copy of the database file
 * in a zip, taken while the app keeps running (it waits for the save in progress through
 * {@link H2Database#read}). The zip is written under a temp name and renamed into place only when complete,
 * so a backup that looks finished is finished. Automatic backups go to {@code <dataDir>/backups/} and are
 * rotated by {@link BackupRotation}; a manual backup goes wherever the officer chooses (a USB stick).
 */
public final class BackupService {
    private final StoreLayout layout;
    private final BackupPolicy policy;
    private final Clock clock;

    public BackupService(Path dataDir, BackupPolicy policy, Clock clock) {
        this.layout = new StoreLayout(dataDir);
        this.policy = policy;
        this.clock = clock;
    }

    public StoreLayout layout() {
        return layout;
    }

    public BackupPolicy policy() {
        return policy;
    }

    /** An automatic backup into the backups folder, then rotation and a fresh {@link StoreMark}. */
    public BackupFile backupNow(H2Database db) {
        return backupInto(db, BackupFile.Kind.AUTO);
    }

    /** The backup taken just before a restore replaces the store (so a restore can itself be undone). */
    public BackupFile backupBeforeRestore(H2Database db) {
        return backupInto(db, BackupFile.Kind.BEFORE_RESTORE);
    }

    private BackupFile backupInto(H2Database db, BackupFile.Kind kind) {
        Path dir = layout.backupsDir();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw WriteProblem.of(dir, e);
        }
        Instant time = uniqueTime(dir, kind);
        Path target = dir.resolve(BackupFile.nameFor(time, kind));
        writeBackup(db, target);
        rotate();
        writeMark(db, target);
        return new BackupFile(target, time, kind);
    }

    /**
     * Notes how far the store had got (see {@link StoreMark}). The version comes from the backup itself, after
     * an empty synced write, so the live file is on disk at least up to that version: a power cut right after a
     * backup cannot make the honest store look behind its mark.
     */
    private void writeMark(H2Database db, Path backup) {
        db.write(c -> null);
        long version;
        try {
            version = StoreVersion.ofBackup(backup, H2Database.BASE_NAME + ".mv.db");
        } catch (RuntimeException e) {
            // the backup is whole (it was written completely); keep the previous mark, which is still true
            return;
        }
        try {
            db.read(c -> StoreMark.of(c, version)).write(layout.markFile());
        } catch (IOException e) {
            // the backup itself is safe; only the damage check loses its newest reference point
            throw WriteProblem.of(layout.markFile(), e);
        }
    }

    /**
     * A backup to a place the officer chose. A folder gets a file named by the time; anything else is taken as
     * the file name (".zip" added if missing).
     */
    public Path backupTo(H2Database db, Path chosen) {
        Path target = chosen.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            target = target.resolve(BackupFile.nameFor(clock.instant(), BackupFile.Kind.MANUAL));
        } else if (!target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            target = target.resolveSibling(target.getFileName() + ".zip");
        }
        writeBackup(db, target);
        return target;
    }

    /** H2 writes the zip itself; it goes to a temp name first and is renamed into place when complete. */
    private static void writeBackup(H2Database db, Path target) {
        try {
            AtomicFiles.writeFile(target, temp -> {
                // BACKUP TO will not overwrite a file: give it a fresh name beside the (empty) temp file
                Files.delete(temp);
                try {
                    db.read(c -> {
                        try (Statement s = c.createStatement()) {
                            s.execute("BACKUP TO '" + temp.toString().replace("'", "''") + "'");
                        }
                        return null;
                    });
                } catch (StoreException e) {
                    IOException io = ioCause(e);
                    if (io != null) {
                        throw io;
                    }
                    throw e;
                }
            });
        } catch (IOException e) {
            throw WriteProblem.of(target, e);
        }
    }

    private static IOException ioCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
            if (t instanceof SQLException sql && sql.getErrorCode() == org.h2.api.ErrorCode.IO_EXCEPTION_1) {
                return new IOException(sql.getMessage(), sql);
            }
        }
        return null;
    }

    /** A time for the new backup's name not used by another backup (two backups within a millisecond). */
    private Instant uniqueTime(Path dir, BackupFile.Kind kind) {
        Instant time = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        while (Files.exists(dir.resolve(BackupFile.nameFor(time, kind)))) {
            time = time.plusMillis(1);
        }
        return time;
    }

    /**
     * Deletes what the policy no longer keeps, and temp files of backups cut off by a crash (only this process
     * writes here: it holds the instance lock); returns the backups deleted.
     */
    public List<BackupFile> rotate() {
        deleteLeftoverTempFiles();
        List<BackupFile> deleted = new ArrayList<>();
        for (BackupFile b : BackupRotation.toDelete(list(), clock.instant(), clock.getZone(), policy)) {
            try {
                Files.deleteIfExists(b.path());
                deleted.add(b);
            } catch (IOException e) {
                // a backup we cannot delete is only a wasted megabyte; try again next time
            }
        }
        return deleted;
    }

    private void deleteLeftoverTempFiles() {
        try (Stream<Path> files = Files.list(layout.backupsDir())) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".lokkho-") && name.endsWith(AtomicFiles.TEMP_SUFFIX)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // leftovers only cost space; next time
        }
    }

    /** Every backup in the backups folder, newest first (temp files and other files are not backups). */
    public List<BackupFile> list() {
        return listIn(layout.backupsDir());
    }

    /** Backups in any folder (e.g. a USB stick), newest first. */
    public static List<BackupFile> listIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(BackupFile::parse).flatMap(Optional::stream)
                    .sorted(Comparator.comparing(BackupFile::time).reversed()).toList();
        } catch (IOException e) {
            throw new AppException("safety.backup.cannotList", e, dir);
        }
    }

    public Optional<BackupFile> newest() {
        return list().stream().findFirst();
    }
}
