package org.lokkho;

/** A child JVM for tests: exits with the code it is given. */
public final class ExitWithCode {
    private ExitWithCode() {
    }

    public static void main(String[] args) {
        System.exit(Integer.parseInt(args[0]));
    }
}
