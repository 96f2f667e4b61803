package org.lokkho.backup;

import java.nio.file.Path;
import org.h2.mvstore.MVStore;

/**
 * The MVStore version of a database file: a counter H2 raises with every commit and never lowers in the same
 * file (deleting rows raises it too). H2 opens a file whose end is missing at an older version, so a version
 * lower than one seen before means saved work is gone. Read from a closed file (or a copy, or a backup zip),
 * read-only, without opening the database.
 */
public final class StoreVersion {
    private StoreVersion() {
    }

    public static long of(Path mvFile) {
        return read(mvFile.toAbsolutePath().toString());
    }

    /** The version inside a backup made by BACKUP TO (H2 reads the zip in place). */
    public static long ofBackup(Path zip, String entry) {
        return read("zip:" + zip.toAbsolutePath() + "!/" + entry);
    }

    private static long read(String fileName) {
        MVStore store = new MVStore.Builder().fileName(fileName).readOnly().open();
        try {
            return store.getCurrentVersion();
        } finally {
            store.closeImmediately();
        }
    }
}
