package org.lokkho.backup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.lokkho.app.AppException;
import org.lokkho.store.H2Database;

/**
 * Automatic backups driven by editing: one when the app starts, then, after a save, one as soon as the
 * policy's interval has passed since the last backup: at most one backup per interval, and every edit is in a
 * backup within one interval of being made (as long as the app runs). Idle time makes no backups. Saves are
 * noticed two ways: {@link #onSave()} (called by {@link BackupOnSave}) and, every interval, a cheap look at the
 * store (counts and newest times), so saves made through any store object are backed up too. Backups run on a
 * background thread; {@link H2Database}'s lock orders them with saves.
 */
public final class BackupScheduler implements AutoCloseable {
    private final BackupService backups;
    private final H2Database db;
    private final Clock clock;
    private final Duration interval;
    private final ScheduledThreadPoolExecutor executor;
    private volatile Consumer<AppException> onFailure = e -> { };
    private volatile Consumer<BackupFile> onBackup = b -> { };

    private Instant lastBackupAt;
    private boolean started;
    private boolean pending;
    private boolean closed;
    private BackupFile lastBackup;
    private String lastFingerprint;
    private AppException lastFailure;

    public BackupScheduler(BackupService backups, H2Database db, Clock clock) {
        this.backups = backups;
        this.db = db;
        this.clock = clock;
        this.interval = backups.policy().interval();
        this.executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "lokkho-backup");
            t.setDaemon(true);
            return t;
        });
        // at close, a backup waiting for its time is dropped; one already running finishes (see close())
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Called with each failed backup (e.g. the disk is full) so the UI can say so; backups keep being tried. */
    public void onFailure(Consumer<AppException> listener) {
        this.onFailure = listener;
    }

    public void onBackup(Consumer<BackupFile> listener) {
        this.onBackup = listener;
    }

    /** The backup at start (in the background); saves only lead to backups after this. */
    public synchronized void start() {
        if (started || closed) {
            return;
        }
        started = true;
        if (!pending) {
            scheduleIn(Duration.ZERO);
        }
        long every = Math.max(1, interval.toMillis());
        executor.scheduleWithFixedDelay(this::backupIfChanged, every, every, TimeUnit.MILLISECONDS);
    }

    /** The periodic look: a backup if the store changed since the last one and the interval has passed. */
    private void backupIfChanged() {
        synchronized (this) {
            if (closed || db.isClosed() || pending) {
                return;
            }
            if (lastBackupAt != null && Duration.between(lastBackupAt, clock.instant()).compareTo(interval) < 0) {
                return;
            }
        }
        try {
            if (!fingerprint().equals(lastFingerprint)) {
                runBackup();
            }
        } catch (AppException e) {
            onFailure.accept(e);
        }
    }

    /** Changes whenever anything is saved, created or deleted (coalesced saves move saved_at). */
    private String fingerprint() {
        return db.read(c -> {
            try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(
                    "SELECT (SELECT COUNT(*) FROM revision), (SELECT MAX(saved_at) FROM revision), (SELECT COUNT(*) FROM document), "
                            + "(SELECT MAX(updated_at) FROM document), (SELECT COUNT(*) FROM office), (SELECT MAX(updated_at) FROM office)")) {
                rs.next();
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= 6; i++) {
                    b.append(rs.getString(i)).append('|');
                }
                return b.toString();
            }
        });
    }

    /** Tells the scheduler the store changed; call after every save, create, delete or restore. */
    public synchronized void onSave() {
        if (!started || pending || closed) {
            return;
        }
        Duration wait = lastBackupAt == null ? Duration.ZERO : interval.minus(Duration.between(lastBackupAt, clock.instant()));
        scheduleIn(wait.isNegative() ? Duration.ZERO : wait);
    }

    private void scheduleIn(Duration wait) {
        if (closed) {
            return;
        }
        pending = true;
        executor.schedule(this::runBackup, wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runBackup() {
        synchronized (this) {
            pending = false;
            if (closed || db.isClosed()) {
                return;
            }
            // counted from the start, so a slow backup does not stretch the interval
            lastBackupAt = clock.instant();
        }
        try {
            // taken before the backup: a save made during it shows as a change next time
            String before = fingerprint();
            BackupFile made = backups.backupNow(db);
            synchronized (this) {
                lastBackup = made;
                lastFailure = null;
                lastFingerprint = before;
            }
            onBackup.accept(made);
        } catch (AppException e) {
            synchronized (this) {
                lastFailure = e;
            }
            onFailure.accept(e);
        }
    }

    public synchronized Optional<BackupFile> lastBackup() {
        return Optional.ofNullable(lastBackup);
    }

    public synchronized Optional<AppException> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    /** Waits for queued backups that are due now; for tests and for a clean exit. */
    public void awaitIdle(Duration timeout) throws Exception {
        executor.submit(() -> { }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Stops scheduling; a backup in progress is allowed to finish (before the database is closed). Not
     * shutdownNow(): interrupting a thread inside H2's file I/O closes the file channel under the database.
     */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        executor.shutdown();
        try {
            executor.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
