package org.lokkho.ui;

/**
 * Starts the window from a plain class path. The java launcher refuses a main class that extends Application
 * when JavaFX is not on the module path, so this class, which does not, is the one to run directly.
 */
public final class UiMain {
    private UiMain() {
    }

    public static void main(String[] args) {
        LokkhoApp.launchWith(args);
    }
}
