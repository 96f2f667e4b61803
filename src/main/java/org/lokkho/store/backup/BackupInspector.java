package org.lokkho.store.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.lokkho.app.AppException;
import org.lokkho.io.AtomicFiles;
import org.lokkho.io.DocumentJson;
import org.lokkho.store.H2Database;
import org.lokkho.store.H2DocumentStore;

/**
 * Looks inside a backup without touching the live store or the backup itself: the database file is unpacked
 * into a temp folder, opened there (migrated to the current schema if it is older), read completely
 * ({@link StoreIntegrity}) and listed, and the temp folder is deleted again.
 */
public final class BackupInspector {
    private final DocumentJson json;

    public BackupInspector(DocumentJson json) {
        this.json = json;
    }

    public BackupContents inspect(Path backup) {
        Optional<java.time.Instant> time = BackupFile.parse(backup).map(BackupFile::time);
        Path temp = null;
        try {
            temp = Files.createTempDirectory("lokkho-backup-");
            unpackDatabase(backup, temp.resolve(H2Database.BASE_NAME + ".mv.db"));
            try (H2Database db = H2Database.open(temp)) {
                H2DocumentStore documents = new H2DocumentStore(db, json);
                StoreIntegrity.Result integrity = StoreIntegrity.check(db, documents);
                if (!integrity.ok()) {
                    return new BackupContents(backup, time, List.of(), integrity.problem());
                }
                return new BackupContents(backup, time, documents.list(), Optional.empty());
            }
        } catch (IOException | AppException e) {
            return new BackupContents(backup, time, List.of(), Optional.of(String.valueOf(e.getMessage())));
        } finally {
            deleteTree(temp);
        }
    }

    /** Unpacks the backup's database file to {@code target} (written whole, then renamed: see AtomicFiles). */
    public static void unpackDatabase(Path backup, Path target) throws IOException {
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            ZipEntry entry = zip.stream().filter(e -> !e.isDirectory() && e.getName().endsWith(".mv.db")).findFirst()
                    .orElseThrow(() -> new IOException("no database file inside " + backup.getFileName()));
            AtomicFiles.write(target, out -> {
                try (InputStream in = zip.getInputStream(entry)) {
                    in.transferTo(out);
                }
            });
        }
    }

    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a temp file left behind is harmless
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }
}
