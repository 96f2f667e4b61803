package org.lokkho.backup;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a restore did: which backup is now the store, the backup of the replaced store (when it could be
 * opened) or where the replaced file was moved (when it was damaged), and what the restored store holds.
 */
public record RestoreResult(Path restoredFrom, Optional<BackupFile> safetyBackup, Optional<Path> movedAside,
                            BackupContents contents) {
}
