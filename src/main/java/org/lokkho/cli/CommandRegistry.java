package org.lokkho.cli;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lokkho.pack.cli.KeyCommand;
import org.lokkho.pack.cli.PackageCommand;
import org.lokkho.pack.cli.VerifyCommand;

/**
 * The top-level commands by name, in the order {@code --help} lists them. Picocli reflects over every command it
 * is given (options, mixins, nested commands): for all fourteen that is about 0.1 s of a cold start, so a command
 * line that names one command gets only that one ({@link #named}); help, usage errors and typos get all of them.
 * The names must equal each class's {@code @Command(name)}: {@code CommandRegistryTest} checks it.
 */
public final class CommandRegistry {
    /** In the order {@code --help} lists them. A plain list and a switch, not lambdas: the launcher consults the
     * names before anything else, and a cold JVM pays for every lambda it links. */
    private static final List<String> NAMES = List.of("import", "list", "export-json", "export-pdf", "score",
            "evidence", "package", "verify", "key", "backup", "restore", "backups", "doctor", "bench");
    private static final Set<String> NAME_SET = Set.copyOf(NAMES);
    /** Options of the root command whose next argument is a value, not a command name. */
    private static final Set<String> ROOT_OPTIONS_WITH_VALUE = Set.of("--data-dir", "--lang");

    private CommandRegistry() {
    }

    public static List<String> names() {
        return NAMES;
    }

    public static boolean isCommand(String name) {
        return NAME_SET.contains(name);
    }

    /** A new instance of the named command (picocli's user object). */
    static Object create(String name) {
        switch (name) {
            case "import": return new ImportCommand();
            case "list": return new ListCommand();
            case "export-json": return new ExportJsonCommand();
            case "export-pdf": return new ExportPdfCommand();
            case "score": return new ScoreCommand();
            case "evidence": return new EvidenceCommand();
            case "package": return new PackageCommand();
            case "verify": return new VerifyCommand();
            case "key": return new KeyCommand();
            case "backup": return new BackupCommand();
            case "restore": return new RestoreCommand();
            case "backups": return new BackupsCommand();
            case "doctor": return new DoctorCommand();
            case "bench": return new BenchCommand();
            default: throw new IllegalArgumentException("no command " + name);
        }
    }

    /**
     * Starts the work a command can do before its command line is even parsed, on the second core: the PDF
     * commands load fonts and the renderer while picocli, the database and the document take the first.
     */
    public static void prepare(String name) {
        if ("export-pdf".equals(name) || "package".equals(name)) {
            org.lokkho.pdf.PdfExporter.warmUpInBackground();
        }
    }

    /**
     * The command this command line runs: the first argument that is not an option of the root command or its
     * value. Empty when there is none or it is not a command name (picocli then reports it with suggestions).
     */
    public static Optional<String> named(String... args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (ROOT_OPTIONS_WITH_VALUE.contains(a)) {
                i++;
            } else if (!a.startsWith("-")) {
                return isCommand(a) ? Optional.of(a) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
