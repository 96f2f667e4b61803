package org.lokkho;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a command of {@code java -jar lokkho.jar COMMAND …} in a second JVM started with the options a one-shot
 * command wants, the same as the installed {@code lokkho-cli} launcher: C1 only and the serial GC (the default C2
 * and G1 spend about a second of CPU compiling and collecting for a command that is over in half a second), and
 * the class-data archive {@code lokkho-cli.jsa} beside the jar when the build or the installer made one (no
 * class loading or verifying from the 30 MB jar). A jar cannot carry JVM options, and starting this small JVM
 * and then the tuned one is still about twice as fast as one untuned JVM (docs/benchmarks.md).
 *
 * <p>Only for {@code java -jar} with no JVM options of the user's own (those are respected as given), never
 * for the window or {@code bench} (which measures warm JIT throughput), and never twice: the second JVM and the
 * installed launcher carry {@link #TUNED_PROPERTY}. {@code LOKKHO_TUNED_CLI=off} in the environment turns it off.
 */
public final class TunedCliJvm {
    /** Set on a JVM already started with these options. */
    public static final String TUNED_PROPERTY = "lokkho.cli.tuned";
    /** The class-data archive's file name beside the jar (installer/lokkho-cli.properties names it too). */
    public static final String ARCHIVE_NAME = "lokkho-cli.jsa";
    /** The JIT and GC options of a one-shot command. */
    public static final List<String> JIT_AND_GC = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    /** The environment variable that turns it off ({@code off}). */
    public static final String SWITCH_VARIABLE = "LOKKHO_TUNED_CLI";

    private TunedCliJvm() {
    }

    /**
     * The second JVM's command line for these arguments, or empty when this JVM should run the command itself.
     *
     * @param jvmArguments this process's own arguments ({@code -jar lokkho.jar …}), when the OS tells them
     * @param jar          the jar this class was loaded from, or null when run from classes
     */
    static Optional<List<String>> command(String command, String[] args, Optional<String[]> jvmArguments, Path jar,
                                          Path javaHome, String tunedProperty, String switchValue) {
        if (tunedProperty != null || "off".equalsIgnoreCase(switchValue) || jar == null || "bench".equals(command)) {
            return Optional.empty();
        }
        // exactly `java -jar <jar> …`: anything before -jar is a JVM option the user chose
        if (jvmArguments.isEmpty() || jvmArguments.get().length < 2 || !"-jar".equals(jvmArguments.get()[0])) {
            return Optional.empty();
        }
        Path java = javaHome.resolve("bin").resolve(isWindows() ? "java.exe" : "java");
        if (!Files.isExecutable(java)) {
            return Optional.empty();
        }
        List<String> c = new ArrayList<>();
        c.add(java.toString());
        Path archive = jar.resolveSibling(ARCHIVE_NAME);
        if (Files.isRegularFile(archive)) {
            // -Xshare:auto: an archive made for another jar (an older build) is ignored, quietly
            c.add("-XX:SharedArchiveFile=" + archive);
            c.add("-Xshare:auto");
            c.add("-Xlog:cds*=off");
        }
        c.addAll(JIT_AND_GC);
        c.add("-D" + TUNED_PROPERTY + "=true");
        c.add("-cp");
        c.add(jar.toString());
        c.add(Launcher.class.getName());
        c.addAll(List.of(args));
        return Optional.of(c);
    }

    /** The second JVM's command line for this process, or empty to run here. */
    static Optional<List<String>> commandForThisProcess(String command, String[] args) {
        return command(command, args, ProcessHandle.current().info().arguments(), jar(),
                Path.of(System.getProperty("java.home")), System.getProperty(TUNED_PROPERTY), System.getenv(SWITCH_VARIABLE));
    }

    /**
     * Runs the second JVM on this process's console and returns its exit code; empty if it could not be started
     * (then this JVM runs the command). Stopping this process (Ctrl+C, a kill) stops the second one too.
     */
    static Optional<Integer> run(List<String> command) {
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        Thread stopChild = new Thread(child::destroy, "stop-tuned-cli");
        Runtime.getRuntime().addShutdownHook(stopChild);
        try {
            int code = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stopChild);
            return Optional.of(code);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroy();
            return Optional.of(130);
        }
    }

    private static Path jar() {
        try {
            Path p = Path.of(TunedCliJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? p.toAbsolutePath() : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }
}
