package org.lokkho;

/** Entry point of the jar: with a command, the headless CLI; without, the window. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.out.println("Lokkho");
    }
}
