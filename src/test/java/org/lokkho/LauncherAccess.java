package org.lokkho;

/** Lets tests in other packages reach the Launcher's package-private routing rule. */
public final class LauncherAccess {
    private LauncherAccess() {
    }

    public static boolean wantsCli(String... args) {
        return Launcher.wantsCli(args);
    }
}
