package org.lokkho.pdf.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command to completion and measures its wall time, as a user waiting at the terminal would. */
public final class ProcessTimer {
    private static final long TIMEOUT_SECONDS = 300;

    private ProcessTimer() {
    }

    /** Wall time of one run in milliseconds; fails with the command's output if it does not exit with 0. */
    public static double time(List<String> command, Path workDir) throws IOException {
        return time(command, workDir, Map.of());
    }

    /** As {@link #time(List, Path)}, with these variables added to the environment. */
    public static double time(List<String> command, Path workDir, Map<String, String> env) throws IOException {
        Path log = Files.createTempFile(workDir, "run", ".log");
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().putAll(env);
        long start = System.nanoTime();
        Process p = pb.start();
        try {
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("timed out after " + TIMEOUT_SECONDS + " s: " + String.join(" ", command));
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        }
        double ms = (System.nanoTime() - start) / 1e6;
        String output = Files.readString(log);
        Files.deleteIfExists(log);
        if (p.exitValue() != 0) {
            throw new IOException("exit code " + p.exitValue() + " from " + String.join(" ", command) + ": " + output.strip());
        }
        return ms;
    }

    /** One warm-up run (disk cache, first-run setup), then {@code runs} timed runs. */
    public static double[] timeRuns(List<String> command, Path workDir, int runs) throws IOException {
        return timeRuns(command, workDir, runs, Map.of());
    }

    public static double[] timeRuns(List<String> command, Path workDir, int runs, Map<String, String> env) throws IOException {
        time(command, workDir, env);
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            ms[i] = time(command, workDir, env);
        }
        return ms;
    }

    /** The executable's path when it is on PATH, else null. */
    public static Path onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            for (String candidate : List.of(name, name + ".exe")) {
                Path p = Path.of(dir).resolve(candidate);
                if (Files.isExecutable(p) && !Files.isDirectory(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    /** The java launcher of the running JVM. */
    public static String javaLauncher() {
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        Path exe = bin.resolve("java.exe");
        return Files.exists(exe) ? exe.toString() : bin.resolve("java").toString();
    }

    public static List<String> list(String... parts) {
        return new ArrayList<>(List.of(parts));
    }
}
