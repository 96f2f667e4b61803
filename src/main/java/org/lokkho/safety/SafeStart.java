package org.lokkho.safety;

import java.nio.file.Path;
import org.lokkho.app.AppException;
import org.lokkho.store.backup.CleanClose;
import org.lokkho.store.backup.StoreHealth;
import org.lokkho.store.backup.StoreLayout;
import org.lokkho.store.backup.StoreProbe;
import org.lokkho.store.H2Database;

/**
 * Opens a data folder the safe way, in this order: take the {@link InstanceLock} (a second Lokkho stops here
 * with a clear message, before touching the file); look at the database read-only ({@link StoreProbe}); only
 * if it is sound, open it for work. The look is skipped when the file is exactly as a clean close left it
 * ({@link CleanClose}). A damaged store raises {@code safety.damaged.*} and is left exactly as it
 * is, for {@link org.lokkho.store.backup.Recovery}. Nothing needs repairing after a crash: H2 opens at the last
 * completed save by itself.
 */
public final class SafeStart {
    private SafeStart() {
    }

    /** The lock and the open database; close the database first, then the lock. */
    public record Opened(InstanceLock lock, H2Database database) {
    }

    public static Opened open(Path dataDir) {
        InstanceLock lock = InstanceLock.acquire(dataDir);
        try {
            StoreLayout layout = new StoreLayout(dataDir);
            if (CleanClose.confirmAndForget(layout)) {
                return new Opened(lock, H2Database.open(dataDir));
            }
            StoreHealth health = StoreProbe.check(layout);
            if (health.state() == StoreHealth.State.LOCKED || health.state() == StoreHealth.State.DAMAGED) {
                throw new AppException(health.problemKey(), new IllegalStateException(health.detail()), health.file());
            }
            return new Opened(lock, H2Database.open(dataDir));
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }
}
