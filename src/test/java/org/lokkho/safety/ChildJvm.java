package org.lokkho.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts a test main class in a separate JVM with this test's classpath, and reads its stdout lines. */
public final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final BufferedReader out;

    private ChildJvm(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    public static ChildJvm start(Class<?> main, String... args) throws IOException {
        return start(null, main, args);
    }

    /**
     * With {@code output} set, the child's stdout goes straight into that file (the kernel writes it; nothing
     * is lost when the child is killed mid-stream, unlike a pipe read by a thread racing the process reaper).
     */
    public static ChildJvm start(Path output, Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // a small, quick-starting JVM: these children only open the store and write
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-Xshare:auto");
        command.add("-Xmx256m");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        if (output != null) {
            builder.redirectOutput(output.toFile());
        }
        return new ChildJvm(builder.start());
    }

    /** The next line, or null when the child has ended. */
    public String readLine() throws IOException {
        return out.readLine();
    }

    /** Reads lines until one equals {@code wanted}. */
    public void await(String wanted) throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
            if (line.equals(wanted)) {
                return;
            }
        }
        throw new AssertionError("child ended without printing " + wanted + " (exit " + exitText() + ")");
    }

    private String exitText() {
        try {
            return process.waitFor(10, TimeUnit.SECONDS) ? Integer.toString(process.exitValue()) : "running";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }

    public Process process() {
        return process;
    }

    /** kill -9: no shutdown hooks, no closing of files. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
