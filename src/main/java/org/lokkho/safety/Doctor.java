package org.lokkho.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.lokkho.app.AppException;
import org.lokkho.store.backup.BackupFile;
import org.lokkho.store.backup.BackupService;
import org.lokkho.store.backup.StoreHealth;
import org.lokkho.store.backup.StoreIntegrity;
import org.lokkho.store.backup.StoreLayout;
import org.lokkho.store.backup.StoreProbe;
import org.lokkho.io.DocumentJson;
import org.lokkho.store.H2Database;
import org.lokkho.store.H2DocumentStore;

/**
 * Checks what an officer (or the person helping by phone) needs to know when something seems wrong: does the
 * database open and read completely, how old is the newest backup, is there disk space, are the bundled fonts
 * there, can the data folder be written. Pure service: the CLI prints the lines, the UI can show them.
 */
public final class Doctor {
    /** Fonts the PDF renderer and the window load from the classpath. */
    public static final List<String> FONTS = List.of("/fonts/NotoSansBengali-Regular.ttf", "/fonts/NotoSansBengali-Bold.ttf",
            "/fonts/NotoSans-Regular.ttf", "/fonts/NotoSans-Bold.ttf", "/fonts/NotoSansMath-Regular.ttf");
    static final long FAIL_BELOW_MB = 100;
    static final long WARN_BELOW_MB = 1024;
    static final Duration OLD_BACKUP = Duration.ofDays(7);

    private final StoreLayout layout;
    private final DocumentJson json;
    private final Clock clock;
    private final Predicate<String> resourcePresent;

    public Doctor(Path dataDir, DocumentJson json, Clock clock) {
        this(dataDir, json, clock, name -> Doctor.class.getResource(name) != null);
    }

    /** With another way to look up resources (tests check a build without fonts). */
    public Doctor(Path dataDir, DocumentJson json, Clock clock, Predicate<String> resourcePresent) {
        this.layout = new StoreLayout(dataDir);
        this.json = json;
        this.clock = clock;
        this.resourcePresent = resourcePresent;
    }

    /** Checks a folder whose store is not open in this process (the CLI). */
    public DoctorReport run() {
        return report(database());
    }

    /** Checks with the app's own open database (the window's Help menu). */
    public DoctorReport run(H2Database openDatabase) {
        return report(integrity(openDatabase));
    }

    private DoctorReport report(DoctorCheck database) {
        List<DoctorCheck> checks = new ArrayList<>();
        checks.add(database);
        checks.add(backups());
        checks.add(disk());
        checks.add(fonts());
        checks.add(folder());
        return new DoctorReport(checks);
    }

    private DoctorCheck database() {
        InstanceLock lock;
        try {
            lock = InstanceLock.acquire(layout.dataDir());
        } catch (AppException e) {
            return DoctorCheck.of("database", DoctorCheck.Status.WARN, "safety.doctor.database.locked");
        }
        try (lock) {
            StoreHealth health = StoreProbe.check(layout);
            switch (health.state()) {
                case NEW:
                    return DoctorCheck.of("database", DoctorCheck.Status.OK, "safety.doctor.database.new");
                case LOCKED:
                    return DoctorCheck.of("database", DoctorCheck.Status.WARN, "safety.doctor.database.locked");
                case DAMAGED:
                    return DoctorCheck.of("database", DoctorCheck.Status.FAIL, "safety.doctor.database.damaged", health.detail());
                default:
                    try (H2Database db = H2Database.open(layout.dataDir())) {
                        return integrity(db);
                    } catch (AppException e) {
                        return DoctorCheck.of("database", DoctorCheck.Status.FAIL, "safety.doctor.database.damaged", e.getMessage());
                    }
            }
        }
    }

    private DoctorCheck integrity(H2Database db) {
        StoreIntegrity.Result result = StoreIntegrity.check(db, new H2DocumentStore(db, json));
        return result.ok()
                ? DoctorCheck.of("database", DoctorCheck.Status.OK, "safety.doctor.database.ok", result.documents())
                : DoctorCheck.of("database", DoctorCheck.Status.FAIL, "safety.doctor.database.damaged", result.problem().orElse(""));
    }

    private DoctorCheck backups() {
        Optional<BackupFile> newest;
        try {
            newest = BackupService.listIn(layout.backupsDir()).stream().findFirst();
        } catch (AppException e) {
            newest = Optional.empty();
        }
        if (newest.isEmpty()) {
            return DoctorCheck.of("backup", DoctorCheck.Status.WARN, "safety.doctor.backup.none");
        }
        Duration age = Duration.between(newest.get().time(), clock.instant());
        String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(LocalDateTime.ofInstant(newest.get().time(), clock.getZone()));
        long hours = Math.max(0, age.toHours());
        return age.compareTo(OLD_BACKUP) > 0
                ? DoctorCheck.of("backup", DoctorCheck.Status.WARN, "safety.doctor.backup.old", hours, when)
                : DoctorCheck.of("backup", DoctorCheck.Status.OK, "safety.doctor.backup.ok", when, hours);
    }

    private DoctorCheck disk() {
        long freeMb;
        try {
            freeMb = Files.getFileStore(existing(layout.dataDir())).getUsableSpace() / (1024 * 1024);
        } catch (IOException e) {
            return DoctorCheck.of("disk", DoctorCheck.Status.WARN, "safety.doctor.disk.low", "?");
        }
        if (freeMb < FAIL_BELOW_MB) {
            return DoctorCheck.of("disk", DoctorCheck.Status.FAIL, "safety.doctor.disk.full", freeMb);
        }
        if (freeMb < WARN_BELOW_MB) {
            return DoctorCheck.of("disk", DoctorCheck.Status.WARN, "safety.doctor.disk.low", freeMb);
        }
        return DoctorCheck.of("disk", DoctorCheck.Status.OK, "safety.doctor.disk.ok", freeMb);
    }

    private static Path existing(Path dir) {
        Path p = dir;
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p == null ? dir : p;
    }

    private DoctorCheck fonts() {
        List<String> missing = FONTS.stream().filter(resourcePresent.negate()).toList();
        return missing.isEmpty()
                ? DoctorCheck.of("fonts", DoctorCheck.Status.OK, "safety.doctor.fonts.ok")
                : DoctorCheck.of("fonts", DoctorCheck.Status.FAIL, "safety.doctor.fonts.missing", String.join(", ", missing));
    }

    private DoctorCheck folder() {
        Path dir = layout.dataDir();
        try {
            Files.createDirectories(dir);
            Files.delete(Files.createTempFile(dir, ".doctor", ".tmp"));
            return DoctorCheck.of("folder", DoctorCheck.Status.OK, "safety.doctor.folder.ok", dir);
        } catch (IOException e) {
            return DoctorCheck.of("folder", DoctorCheck.Status.FAIL, "safety.doctor.folder.fail", dir, e);
        }
    }
}
