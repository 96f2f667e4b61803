package org.lokkho.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lokkho.AppContext;
import org.lokkho.app.AppPackageSource;
import org.lokkho.app.DataFolder;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.pack.ClosablePackageSource;
import org.lokkho.pack.cli.PackCommandHost;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code lokkho}: the headless commands over the same services as the window. Exit codes: 0 ok, 1 the user's
 * input or data is wrong, 2 the command line itself is wrong (picocli), 3 an internal error.
 */
@Command(name = "lokkho", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Lokkho: fill in, score and exchange government performance forms (NIS, APA, Citizen's Charter).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:bad input or data (message says what and where)", "2:bad command line",
                "3:internal error (run with --verbose for details)"})
public final class LokkhoCommand implements Callable<Integer>, PackCommandHost, CommandLine.IHelpFactory,
        CommandLine.IParameterExceptionHandler {
    public static final int OK = 0;
    public static final int USER_ERROR = 1;
    public static final int USAGE_ERROR = 2;
    public static final int INTERNAL_ERROR = 3;

    public enum Lang { bn, en }

    @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "DIR", description = "Data folder (default ~/.lokkho, on Windows %%APPDATA%%\\Lokkho).")
    String dataDir;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show the stack trace of an error.")
    boolean verbose;

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "bn|en", description = "Language of messages: ${COMPLETION-CANDIDATES} (default: bn).")
    Lang lang = Lang.bn;

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** A command line with every command, ready to run: UTF-8 output (Bengali text), exit codes as documented. */
    public static CommandLine commandLine() {
        return withUtf8Output(withCommands(null));
    }

    /**
     * A command line ready to run these arguments: when they name a command, only that command is built (see
     * {@link CommandRegistry}); otherwise all of them, for help, usage and "did you mean".
     */
    public static CommandLine commandLine(String... args) {
        return withUtf8Output(withCommands(CommandRegistry.named(args).orElse(null)));
    }

    /** The root command with one command ({@code only}), or with all of them when {@code only} is null. */
    public static CommandLine withCommands(String only) {
        CommandLine cmd = new CommandLine(new LokkhoCommand());
        for (String name : CommandRegistry.names()) {
            if (only == null || only.equals(name)) {
                cmd.addSubcommand(name, CommandRegistry.create(name));
            }
        }
        // help and usage errors in the --lang language; the root itself is the hook, so that an ordinary run
        // loads no class and reads no bundle for them (see create and handleParseException)
        LokkhoCommand root = cmd.getCommand();
        cmd.setHelpFactory(root);
        cmd.setParameterExceptionHandler(root);
        return cmd;
    }

    private static CommandLine withUtf8Output(CommandLine cmd) {
        cmd.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cmd.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        return cmd;
    }

    /** With no command the jar opens the window; here (e.g. {@code lokkho --lang en}) it shows the usage. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE_ERROR;
    }

    /** Usage help (--help, or usage shown without a command) in the --lang language: see {@link LocalizedHelp}. */
    @Override
    public CommandLine.Help create(CommandLine.Model.CommandSpec commandSpec, CommandLine.Help.ColorScheme colorScheme) {
        return LocalizedHelp.create(commandSpec, colorScheme, locale());
    }

    /** A wrong command line: one line in the --lang language and a hint, exit code 2 (see {@link UsageErrors}). */
    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        return UsageErrors.report(ex, args);
    }

    @Override
    public Messages messages() {
        return new Messages(lang == Lang.en ? Messages.ENGLISH : Messages.BENGALI);
    }

    @Override
    public boolean verbose() {
        return verbose;
    }

    @Override
    public Path dataFolder() {
        return DataFolder.resolve(dataDir);
    }

    /** The language chosen with --lang (messages, tables and printed labels). */
    public Locale locale() {
        return lang == Lang.en ? Messages.ENGLISH : Messages.BENGALI;
    }

    public AppContext openContext() {
        return new AppContext(dataFolder(), locale());
    }

    /** Opened only when 'package' runs, after parsing has settled --data-dir; closing it closes the database. */
    @Override
    public ClosablePackageSource openPackageSource() {
        return new AppPackageSource(openContext(), true);
    }
}
