package org.lokkho.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The start-up check and the way out of a damaged store. The UI (or CLI) calls {@link #check()} before opening
 * the store; if it is DAMAGED, it shows the problem and {@link #options()}, then {@link #restoreLatestGood()}
 * (or {@link #restore} with another backup, or {@link #startEmpty()}). The damaged file is always moved to
 * {@code damaged/}, never overwritten or deleted.
 */
public final class Recovery {
    private final BackupService backups;
    private final BackupInspector inspector;
    private final StoreRestorer restorer;
    private final Clock clock;

    public Recovery(BackupService backups, BackupInspector inspector, Clock clock) {
        this.backups = backups;
        this.inspector = inspector;
        this.restorer = new StoreRestorer(backups, inspector, clock);
        this.clock = clock;
    }

    public StoreHealth check() {
        return StoreProbe.check(backups.layout());
    }

    /** The newest backup that opens and reads completely (older ones are tried when newer ones are bad). */
    public RecoveryOptions options() {
        List<BackupFile> all = backups.list();
        Optional<BackupContents> good = Optional.empty();
        for (BackupFile b : all) {
            BackupContents contents = inspector.inspect(b.path());
            if (contents.usable()) {
                good = Optional.of(contents);
                break;
            }
        }
        return new RecoveryOptions(check(), good, all);
    }

    /** Restores the newest good backup; the damaged file goes to damaged/. */
    public RestoreResult restoreLatestGood() {
        RecoveryOptions options = options();
        BackupContents good = options.latestGood()
                .orElseThrow(() -> new org.lokkho.app.AppException("safety.recovery.noBackup", backups.layout().dataDir()));
        return restorer.restore(good.file());
    }

    public RestoreResult restore(Path backup) {
        return restorer.restore(backup);
    }

    /** No usable backup: move the damaged file aside and let the next open start an empty store. */
    public Optional<Path> startEmpty() {
        try {
            return StoreRestorer.moveAside(backups.layout(), clock);
        } catch (IOException e) {
            throw WriteProblem.of(backups.layout().damagedDir(), e);
        }
    }
}
