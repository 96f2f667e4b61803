package org.lokkho.ui.safety;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.lokkho.AppContext;
import org.lokkho.store.backup.RestoreResult;
import org.lokkho.safety.SafetyServices;

/**
 * The window's hold on its data folder across a restore: a restore needs the store closed, so the session closes
 * the current {@link AppContext}, restores (the current state is backed up first by {@link SafetyServices}),
 * and opens a new one, which the window then takes over ({@link #onReopened}).
 */
public final class SafetySession implements AutoCloseable {
    private final Path dataDir;
    private volatile AppContext context;
    private final List<Consumer<AppContext>> reopened = new CopyOnWriteArrayList<>();

    public SafetySession(AppContext context) {
        this.context = context;
        this.dataDir = context.dataDir();
    }

    public Path dataDir() {
        return dataDir;
    }

    public AppContext context() {
        return context;
    }

    /** Called (by {@link #announceReopened()}, on the FX thread) with the new context after a restore. */
    public void onReopened(Consumer<AppContext> listener) {
        reopened.add(listener);
    }

    /**
     * Closes the store, restores the backup and reopens the folder. Runs off the FX thread. If the restore fails
     * the folder is reopened as it was (nothing was replaced) and the failure is thrown.
     */
    public synchronized RestoreResult restore(Path backup) {
        context.close();
        try {
            return SafetyServices.forFolder(dataDir).restore(backup);
        } finally {
            context = new AppContext(dataDir, context.messages().locale());
        }
    }

    /** Tells the window that {@link #context()} is a new one (after {@link #restore}). */
    public void announceReopened() {
        for (Consumer<AppContext> l : reopened) {
            l.accept(context);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
