package org.lokkho;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lokkho.cli.CommandRegistry;
import org.lokkho.cli.LokkhoCommand;
import org.lokkho.cli.QuickExportPdf;
import org.lokkho.domain.i18n.Messages;

/** Entry point of the jar: with a command (or --help/--version), the headless CLI; without, the window. */
public final class Launcher {
    private static final Set<String> CLI_FLAGS = Set.of("-h", "--help", "-V", "--version");
    /** Options whose next argument is a value, not a command name. */
    private static final Set<String> OPTIONS_WITH_VALUE = Set.of("--data-dir", "--lang");
    static final String WINDOW_CLASS = "org.lokkho.ui.LokkhoApp";

    private Launcher() {
    }

    public static void main(String[] args) {
        // Routing needs only the command names; the picocli model (reflection over the commands) is built for
        // the command that runs, and only for it.
        if (wantsCli(args)) {
            String command = CommandRegistry.named(args).orElse(null);
            Optional<List<String>> tunedJvm = TunedCliJvm.commandForThisProcess(command, args);
            Optional<Integer> tunedExit = tunedJvm.isPresent() ? TunedCliJvm.run(tunedJvm.get()) : Optional.empty();
            if (tunedExit.isPresent()) {
                System.exit(tunedExit.get());
            }
            CommandRegistry.prepare(command);
            // the plain export-pdf line runs without building picocli's model (QuickExportPdf says why)
            Optional<Integer> quick = "export-pdf".equals(command) ? QuickExportPdf.run(args) : Optional.empty();
            System.exit(quick.isPresent() ? quick.get() : LokkhoCommand.commandLine(args).execute(args));
        }
        int code = launchWindow(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * True when the arguments ask for the command line: help, version, or any word that is not an option's value
     * (a command, or a mistyped one that picocli then answers with "did you mean"). The window takes only
     * {@code --data-dir} and {@code --lang}.
     */
    static boolean wantsCli(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (OPTIONS_WITH_VALUE.contains(a)) {
                i++;
            } else if (CLI_FLAGS.contains(a) || !a.startsWith("-")) {
                return true;
            }
        }
        return false;
    }

    /** The UI lives in another package built separately; calling it by name keeps the CLI free of JavaFX. */
    static int launchWindow(String[] args) {
        try {
            Class.forName(WINDOW_CLASS).getMethod("launchWith", String[].class).invoke(null, (Object) args);
            return 0;
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException | LinkageError e) {
            return windowFailed(args, e, e.toString());
        } catch (InvocationTargetException e) {
            return windowFailed(args, e.getCause(), String.valueOf(e.getCause()));
        }
    }

    private static int windowFailed(String[] args, Throwable cause, String what) {
        boolean english = false;
        boolean verbose = false;
        for (int i = 0; i < args.length; i++) {
            english |= (args[i].equals("--lang") && i + 1 < args.length && args[i + 1].equals("en")) || args[i].equals("--lang=en");
            verbose |= args[i].equals("--verbose");
        }
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        err.println((english ? Messages.english() : Messages.bengali()).get("cli.error.noWindow", what));
        if (verbose && cause != null) {
            cause.printStackTrace(err);
        }
        return LokkhoCommand.INTERNAL_ERROR;
    }
}
