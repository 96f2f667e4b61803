package org.lokkho;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The ways a command starts tuned — {@code java -jar} handing over ({@link TunedCliJvm}), the build's
 * {@code target/lokkho-cli} scripts, the installer's launcher — must give the JVM the same options and mark it tuned.
 */
class CliLaunchersTest {
    private static final Path SH = Path.of("src/main/launcher/lokkho-cli");
    private static final Path CMD = Path.of("src/main/launcher/lokkho-cli.cmd");
    private static final Path INSTALLER = Path.of("installer/lokkho-cli.properties");

    @Test
    void everyLauncherStartsTheJvmWithTheSameOptions() throws Exception {
        for (Path launcher : new Path[] {SH, CMD, INSTALLER}) {
            String text = Files.readString(launcher);
            assertThat(text).as(launcher.toString())
                    .contains(TunedCliJvm.JIT_AND_GC.toArray(String[]::new))
                    .contains("-D" + TunedCliJvm.TUNED_PROPERTY + "=true")
                    .contains("-Xshare:auto")
                    .contains(TunedCliJvm.ARCHIVE_NAME);
        }
    }

    @Test
    void theScriptsRunTheLauncherClassOnTheJarBesideThem() throws Exception {
        assertThat(Files.readString(SH)).startsWith("#!/bin/sh\n").contains("exec java ")
                .contains("-cp \"$here/lokkho.jar\" " + Launcher.class.getName() + " \"$@\"");
        assertThat(Files.readString(CMD)).contains("\r\n")
                .contains("-cp \"%HERE%lokkho.jar\" " + Launcher.class.getName() + " %*");
    }
}
