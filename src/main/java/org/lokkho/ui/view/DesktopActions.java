package org.lokkho.ui.view;

import java.awt.Desktop;
import java.net.URI;
import java.nio.file.Path;

/**
 * The operating system's file manager and mail program, through AWT's Desktop. Called on a helper thread: on some
 * Linux desktops Desktop blocks while xdg-open starts, and the FX thread must not wait for that.
 */
final class DesktopActions {
    private DesktopActions() {
    }

    static boolean canOpenFolder() {
        return supported(Desktop.Action.OPEN);
    }

    static boolean canMail() {
        return supported(Desktop.Action.MAIL);
    }

    private static boolean supported(Desktop.Action action) {
        try {
            return Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(action);
        } catch (RuntimeException e) {
            return false; // headless or no desktop integration
        }
    }

    static void openFolder(Path folder) {
        later(() -> Desktop.getDesktop().open(folder.toFile()));
    }

    static void mail(URI uri) {
        later(() -> Desktop.getDesktop().mail(uri));
    }

    private static void later(IoAction action) {
        Thread t = new Thread(() -> {
            try {
                action.run();
            } catch (Exception e) {
                // Nothing to undo: the file is saved and its path is shown; the officer opens it by hand.
            }
        }, "lokkho-desktop");
        t.setDaemon(true);
        t.start();
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws Exception;
    }
}
