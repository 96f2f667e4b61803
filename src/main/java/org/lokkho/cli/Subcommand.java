package org.lokkho.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.concurrent.Callable;
import org.lokkho.AppContext;
import org.lokkho.app.AppException;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.domain.text.BengaliDigits;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Shared by the commands: opens the data folder, runs the work, and turns any failure into one line on stderr
 * and an exit code (the stack trace only with --verbose). Handling errors here rather than in a picocli handler
 * keeps the exit codes right however the command line is built.
 */
abstract class Subcommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    /** Set when the command runs without picocli ({@link QuickExportPdf}); otherwise all three come from {@link #spec}. */
    private LokkhoCommand root;
    private PrintWriter out;
    private PrintWriter err;

    /** The command's work; returns the exit code. */
    abstract int run(AppContext context) throws Exception;

    /** Called before the data folder is opened: a command may start work that does not need it. */
    void beforeOpen() {
    }

    /** Runs under this root command and writes to these streams instead of picocli's. */
    void runWithout(LokkhoCommand rootCommand, PrintWriter output, PrintWriter errors) {
        this.root = rootCommand;
        this.out = output;
        this.err = errors;
    }

    /** The lokkho root command, however deep this command is nested. */
    LokkhoCommand top() {
        if (root != null) {
            return root;
        }
        for (CommandSpec s = spec; s != null; s = s.parent()) {
            if (s.userObject() instanceof LokkhoCommand lokkho) {
                return lokkho;
            }
        }
        throw new IllegalStateException("not run under the lokkho command");
    }

    @Override
    public final Integer call() {
        LokkhoCommand top = top();
        beforeOpen();
        // the messages (a bundle of several hundred lines) are read only when there is something to say
        try (AppContext context = top.openContext()) {
            return run(context);
        } catch (AppException e) {
            return fail(e, render(e, top.messages()), "store.error.sql".equals(e.key()) ? LokkhoCommand.INTERNAL_ERROR : LokkhoCommand.USER_ERROR);
        } catch (Exception e) {
            return fail(e, top.messages().get("cli.error.internal", e), LokkhoCommand.INTERNAL_ERROR);
        }
    }

    private static String render(AppException e, Messages messages) {
        if ("app.error.noDocument".equals(e.key()) || "store.error.noDocument".equals(e.key())) {
            return messages.get("cli.error.noDocument", messages.digits(e.args().get(0)));
        }
        return e.render(messages);
    }

    private int fail(Exception e, String line, int code) {
        PrintWriter err = err();
        err.println(oneLine(line));
        if (top().verbose()) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", "; ");
    }

    PrintWriter out() {
        return out != null ? out : spec.commandLine().getOut();
    }

    PrintWriter err() {
        return err != null ? err : spec.commandLine().getErr();
    }

    Messages messages() {
        return top().messages();
    }

    /** A document id as typed, in either digit set. */
    static long parseId(String text) {
        try {
            long id = Long.parseLong(BengaliDigits.toAscii(text).strip());
            if (id <= 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw new AppException("cli.error.badId", text);
        }
    }

    /** Why a file could not be read or written, in words rather than an exception class. */
    static String reason(IOException e, Messages messages) {
        if (e instanceof NoSuchFileException) {
            return messages.get("cli.io.notFound");
        }
        if (e instanceof AccessDeniedException) {
            return messages.get("cli.io.denied");
        }
        if (e instanceof NotDirectoryException) {
            return messages.get("cli.io.notFound");
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
