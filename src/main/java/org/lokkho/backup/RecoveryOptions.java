package org.lokkho.backup;

import java.util.List;
import java.util.Optional;

/**
 * What the officer can do about a damaged store, for the "database damaged" dialog: the problem found, the
 * newest backup that opens and reads completely (with its documents, so the dialog can show what comes back),
 * and all backups in case an older one is wanted.
 */
public record RecoveryOptions(StoreHealth health, Optional<BackupContents> latestGood, List<BackupFile> backups) {
    public RecoveryOptions {
        backups = List.copyOf(backups);
    }

    public boolean canRestore() {
        return latestGood.isPresent();
    }
}
