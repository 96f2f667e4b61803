package org.lokkho.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lokkho.app.AppException;
import org.lokkho.domain.i18n.Messages;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Base of the safety commands that must not open the store the usual way: restore swaps the database file,
 * backups and doctor only look. Same error handling as {@link Subcommand}: one line on stderr, exit code 1 for
 * the user's problem, 3 for ours.
 */
abstract class FolderCommand implements Callable<Integer> {
    @ParentCommand
    LokkhoCommand top;

    @Spec
    CommandSpec spec;

    abstract int run(Path dataDir) throws Exception;

    @Override
    public final Integer call() {
        Messages messages = top.messages();
        try {
            return run(top.dataFolder());
        } catch (AppException e) {
            return fail(e, e.render(messages), LokkhoCommand.USER_ERROR);
        } catch (Exception e) {
            return fail(e, messages.get("cli.error.internal", e), LokkhoCommand.INTERNAL_ERROR);
        }
    }

    private int fail(Exception e, String line, int code) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(Subcommand.oneLine(line));
        if (top.verbose()) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    Messages messages() {
        return top.messages();
    }
}
