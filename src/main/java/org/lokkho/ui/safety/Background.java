package org.lokkho.ui.safety;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.concurrent.Task;

/**
 * Runs slow safety work (H2 backups, opening backup copies, restores) on a daemon thread so the window stays
 * responsive; the result or the failure comes back on the FX thread. {@code busy} is true meanwhile (buttons
 * bind their disabled state to it).
 */
final class Background {
    private Background() {
    }

    static <T> void run(BooleanProperty busy, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        if (busy != null) {
            busy.set(true);
        }
        task.setOnSucceeded(e -> {
            if (busy != null) {
                busy.set(false);
            }
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            if (busy != null) {
                busy.set(false);
            }
            failed.accept(task.getException());
        });
        Thread t = new Thread(task, "lokkho-safety-ui");
        t.setDaemon(true);
        t.start();
    }
}
