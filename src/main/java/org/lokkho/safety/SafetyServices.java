package org.lokkho.safety;

import java.nio.file.Path;
import java.time.Clock;
import org.lokkho.backup.BackupInspector;
import org.lokkho.backup.BackupPolicy;
import org.lokkho.backup.BackupService;
import org.lokkho.backup.Recovery;
import org.lokkho.backup.RestoreResult;
import org.lokkho.io.DocumentJson;
import org.lokkho.io.TemplateCatalog;

/**
 * The safety services for a data folder whose store is not open (or cannot be): for the CLI's restore and
 * backups commands, and for the window's "database damaged" and "restore a backup" dialogs, which run before
 * (or between) {@link org.lokkho.AppContext}s.
 */
public final class SafetyServices {
    private final Path dataDir;
    private final BackupService backups;
    private final BackupInspector inspector;
    private final Clock clock;

    public SafetyServices(Path dataDir, BackupPolicy policy, DocumentJson json, Clock clock) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.backups = new BackupService(this.dataDir, policy, clock);
        this.inspector = new BackupInspector(json);
        this.clock = clock;
    }

    public static SafetyServices forFolder(Path dataDir) {
        return new SafetyServices(dataDir, BackupPolicy.DEFAULT, new DocumentJson(TemplateCatalog.bundled()), Clock.systemDefaultZone());
    }

    public BackupService backups() {
        return backups;
    }

    public BackupInspector inspector() {
        return inspector;
    }

    public Recovery recovery() {
        return new Recovery(backups, inspector, clock);
    }

    /**
     * Restores a backup into this folder, holding the folder's lock while files are swapped. The caller must have
     * closed its own AppContext for this folder; it makes a new one afterwards. Refused (safety.error.alreadyOpen)
     * while another Lokkho has the folder open.
     */
    public RestoreResult restore(Path backup) {
        try (InstanceLock ignored = InstanceLock.acquire(dataDir)) {
            return recovery().restore(backup);
        }
    }

    /** The newest backup that opens, restored; the damaged file is moved to damaged/ (see {@link Recovery}). */
    public RestoreResult restoreLatestGood() {
        try (InstanceLock ignored = InstanceLock.acquire(dataDir)) {
            return recovery().restoreLatestGood();
        }
    }
}
