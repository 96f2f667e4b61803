package org.lokkho.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the CLI in-process with captured output, as a user would from a terminal. */
record CliRun(int code, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // as the launcher does: only the command named on the line is built
        CommandLine cmd = LokkhoCommand.withCommands(CommandRegistry.named(args).orElse(null));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The error output as lines (a user error must be exactly one). */
    java.util.List<String> errLines() {
        return err.lines().toList();
    }
}
