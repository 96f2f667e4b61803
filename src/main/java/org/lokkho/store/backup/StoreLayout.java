package org.lokkho.store.backup;

import java.nio.file.Path;
import org.lokkho.store.H2Database;

/** Where things live in a data folder: the database file, backups, damaged files set aside, the marks. */
public record StoreLayout(Path dataDir) {
    public StoreLayout {
        dataDir = dataDir.toAbsolutePath().normalize();
    }

    public Path databaseFile() {
        return dataDir.resolve(H2Database.BASE_NAME + ".mv.db");
    }

    /** H2's JDBC name for the file: the path without {@code .mv.db}. */
    public Path databaseBase() {
        return dataDir.resolve(H2Database.BASE_NAME);
    }

    public Path backupsDir() {
        return dataDir.resolve("backups");
    }

    public Path damagedDir() {
        return dataDir.resolve("damaged");
    }

    /** What the store held at the last backup (see {@link StoreMark}). */
    public Path markFile() {
        return dataDir.resolve("lokkho.mark");
    }

    /** Written at a clean close, read once at the next start (see {@link CleanClose}). */
    public Path cleanCloseFile() {
        return dataDir.resolve("lokkho.closed");
    }

    public Path lockFile() {
        return dataDir.resolve(".lock");
    }
}
