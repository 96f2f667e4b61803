package org.lokkho;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TunedCliJvmTest {
    private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

    @TempDir
    Path dir;

    private Path jar() throws Exception {
        return Files.writeString(dir.resolve("lokkho.jar"), "not really a jar");
    }

    private static Optional<String[]> javaJar(Path jar, String... args) {
        String[] a = new String[args.length + 2];
        a[0] = "-jar";
        a[1] = jar.toString();
        System.arraycopy(args, 0, a, 2, args.length);
        return Optional.of(a);
    }

    @Test
    void javaJarWithACommandRunsItInATunedJvmWithTheArchiveWhenThereIsOne() throws Exception {
        Path jar = jar();
        String[] args = {"--data-dir", "/tmp/d", "export-pdf", "1", "-o", "রিপোর্ট.pdf"};
        List<String> withoutArchive = TunedCliJvm.command("export-pdf", args, javaJar(jar, args), jar, JAVA_HOME, null, null).orElseThrow();
        assertThat(withoutArchive).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dlokkho.cli.tuned=true")
                .noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"))
                .endsWith("-cp", jar.toString(), Launcher.class.getName(), "--data-dir", "/tmp/d", "export-pdf", "1", "-o", "রিপোর্ট.pdf");
        assertThat(withoutArchive.get(0)).startsWith(JAVA_HOME.toString());

        Files.writeString(dir.resolve(TunedCliJvm.ARCHIVE_NAME), "archive");
        List<String> withArchive = TunedCliJvm.command("export-pdf", args, javaJar(jar, args), jar, JAVA_HOME, null, null).orElseThrow();
        assertThat(withArchive).contains("-XX:SharedArchiveFile=" + dir.resolve(TunedCliJvm.ARCHIVE_NAME), "-Xshare:auto");
    }

    @Test
    void theJvmRunsTheCommandItselfWhenTunedOrToldOrNotPlainJavaJar() throws Exception {
        Path jar = jar();
        String[] args = {"list"};
        assertThat(TunedCliJvm.command("list", args, javaJar(jar, args), jar, JAVA_HOME, "true", null)).as("already tuned").isEmpty();
        assertThat(TunedCliJvm.command("list", args, javaJar(jar, args), jar, JAVA_HOME, null, "off")).as("switched off").isEmpty();
        assertThat(TunedCliJvm.command("list", args, javaJar(jar, args), null, JAVA_HOME, null, null)).as("run from classes").isEmpty();
        assertThat(TunedCliJvm.command("bench", args, javaJar(jar, args), jar, JAVA_HOME, null, null)).as("bench measures C2").isEmpty();
        assertThat(TunedCliJvm.command("list", args, Optional.of(new String[] {"-Xmx64m", "-jar", jar.toString(), "list"}), jar, JAVA_HOME, null, null))
                .as("the user's own JVM options are respected").isEmpty();
        assertThat(TunedCliJvm.command("list", args, Optional.empty(), jar, JAVA_HOME, null, null)).as("arguments unknown").isEmpty();
        assertThat(TunedCliJvm.command("list", args, javaJar(jar, args), jar, dir.resolve("no-jdk"), null, null)).as("no java binary").isEmpty();
    }

    @Test
    void theSecondJvmsExitCodeIsTheCommandsExitCode() throws Exception {
        String java = JAVA_HOME.resolve("bin").resolve("java").toString();
        String classes = Path.of(ExitWithCode.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        assertThat(TunedCliJvm.run(List.of(java, "-cp", classes, ExitWithCode.class.getName(), "0"))).contains(0);
        assertThat(TunedCliJvm.run(List.of(java, "-cp", classes, ExitWithCode.class.getName(), "3"))).contains(3);
        assertThat(TunedCliJvm.run(List.of(dir.resolve("missing-java").toString()))).as("could not start: run here").isEmpty();
    }
}
