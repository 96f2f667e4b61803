package org.lokkho.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lokkho.LauncherAccess;

class LauncherTest {
    @Test
    void commandsAndHelpGoToTheCliEverythingElseToTheWindow() {
        assertThat(LauncherAccess.wantsCli("list")).isTrue();
        assertThat(LauncherAccess.wantsCli("--data-dir", "/tmp/x", "import", "a.json")).isTrue();
        assertThat(LauncherAccess.wantsCli("--help")).isTrue();
        assertThat(LauncherAccess.wantsCli("-V")).isTrue();
        assertThat(LauncherAccess.wantsCli()).isFalse();
        assertThat(LauncherAccess.wantsCli("--data-dir", "/tmp/x")).isFalse();
        // a data folder that happens to be named like a command is still a folder
        assertThat(LauncherAccess.wantsCli("--data-dir", "list")).isFalse();
        assertThat(LauncherAccess.wantsCli("--lang", "en")).isFalse();
        // a mistyped command is still meant for the command line, which answers "did you mean export-pdf"
        assertThat(LauncherAccess.wantsCli("--lang", "en", "exprot-pdf", "1")).isTrue();
    }
}
