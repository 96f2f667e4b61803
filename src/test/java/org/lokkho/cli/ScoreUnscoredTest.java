package org.lokkho.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.AppContext;
import picocli.CommandLine;

/** A form without marks says so instead of printing "0 of 0". */
class ScoreUnscoredTest {
    @TempDir
    Path dir;

    @Test
    void aCharterSaysItHasNoMarks() throws Exception {
        long id;
        try (AppContext ctx = new AppContext(dir)) {
            id = ctx.documentService().openSample("citizen-charter-tarakanda-ict").id();
        }
        StringWriter out = new StringWriter();
        CommandLine cmd = LokkhoCommand.withCommands(null);
        cmd.setOut(new PrintWriter(out));
        int code = cmd.execute("--data-dir", dir.toString(), "--lang", "en", "score", Long.toString(id));
        assertThat(code).isZero();
        assertThat(out.toString()).contains("carries no marks").doesNotContain("of 0");
    }
}
