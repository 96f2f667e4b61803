package org.lokkho.ui.safety;

import org.lokkho.store.backup.BackupFile;

/** One line of the backups list, already in the UI language. */
public record BackupRow(BackupFile file, String time, String size, String kind) {
    @Override
    public String toString() {
        return time + "   " + kind + "   " + size;
    }
}
