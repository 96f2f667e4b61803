package org.lokkho.ui.view;

import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.pdf.ExportProgress;
import org.lokkho.ui.model.UserError;

/**
 * Runs slow work (PDF, signing, verifying, copying to a USB stick) on a daemon thread with a small progress window,
 * so the main window stays responsive. Failures come back as a dialog in the UI language, never as a stack trace.
 */
final class Background {
    private Background() {
    }

    /** The work; report progress (0..1) through the given callback if it can. */
    @FunctionalInterface
    interface Work<T> {
        T call(ExportProgress progress) throws UserError;
    }

    static <T> Task<T> run(Window owner, Messages m, String title, Work<T> work, Consumer<T> onSuccess) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateProgress(-1, 1);
                return work.call(f -> updateProgress(Math.max(0, Math.min(1, f)), 1));
            }
        };
        Stage progress = progressWindow(owner, title, task);
        task.setOnSucceeded(e -> {
            progress.close();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            progress.close();
            Throwable t = task.getException();
            String message = t instanceof UserError ? t.getMessage() : m.get("ui.error.unexpected", String.valueOf(t.getMessage()));
            Dialogs.error(owner, m, message);
        });
        Thread thread = new Thread(task, "lokkho-" + title);
        thread.setDaemon(true);
        progress.show();
        thread.start();
        return task;
    }

    private static Stage progressWindow(Window owner, String title, Task<?> task) {
        ProgressBar bar = new ProgressBar();
        bar.setId("background-progress");
        bar.setPrefWidth(360);
        bar.progressProperty().bind(task.progressProperty());
        VBox box = new VBox(10, new Label(title), bar);
        box.setPadding(new Insets(16));
        Stage s = new Stage(StageStyle.UTILITY);
        s.setTitle(title);
        if (owner != null) {
            s.initOwner(owner);
        }
        s.setScene(new Scene(box));
        s.setResizable(false);
        return s;
    }
}
