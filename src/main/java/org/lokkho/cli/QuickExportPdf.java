package org.lokkho.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Runs {@code export-pdf} without picocli when its command line has the plain shape scripts and the docs use:
 * {@code [--data-dir D] [--lang bn|en] [--verbose] export-pdf ID -o FILE [--view VIEW]} (the common options may
 * also follow the command, and the command's in any order). Anything else, help, a typo, {@code --output=F},
 * {@code @file}, a missing or repeated option, goes to picocli exactly as before.
 *
 * <p>Why: in a cold {@code export-pdf} picocli's reflection over the two command classes (annotations read
 * through generated proxy classes, the interpolator, the help model) was ~8 % of the main thread's work and a
 * share of the compiler thread's, only to set five fields. The command then runs the same code as under picocli
 * ({@link Subcommand#call()}: the same errors, messages and exit codes); {@code QuickExportPdfTest} runs command
 * lines both ways and compares exit codes, output and the PDF.
 */
public final class QuickExportPdf {
    static final String COMMAND = "export-pdf";

    private QuickExportPdf() {
    }

    /** Runs the command when the line has the plain shape; empty when picocli should run it. */
    public static Optional<Integer> run(String[] args) {
        Optional<Parsed> parsed = parse(args);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        // as LokkhoCommand.commandLine sets up picocli's writers
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return Optional.of(run(parsed.get(), out, err));
    }

    static int run(Parsed parsed, PrintWriter out, PrintWriter err) {
        parsed.command().runWithout(parsed.root(), out, err);
        return parsed.command().call();
    }

    /** The root and export-pdf commands with the fields picocli would set from these arguments. */
    record Parsed(LokkhoCommand root, ExportPdfCommand command) {
    }

    /** The line read as picocli would read it, or empty when it is not of the plain shape. */
    static Optional<Parsed> parse(String[] args) {
        LokkhoCommand root = new LokkhoCommand();
        ExportPdfCommand command = new ExportPdfCommand();
        Set<String> seen = new HashSet<>();
        boolean afterCommand = false;
        String output = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("@")) {
                return Optional.empty(); // picocli reads arguments from that file
            }
            if (!a.startsWith("-")) {
                if (!afterCommand && a.equals(COMMAND)) {
                    afterCommand = true;
                } else if (afterCommand && command.id == null) {
                    command.id = a;
                } else {
                    return Optional.empty(); // another command, or a second positional
                }
                continue;
            }
            boolean commandOption = a.equals("-o") || a.equals("--output") || a.equals("--view");
            boolean rootOption = a.equals("--data-dir") || a.equals("--lang") || a.equals("--verbose");
            if (!(rootOption || (commandOption && afterCommand))) {
                return Optional.empty(); // -h, -V, --, --x=y, an unknown option
            }
            // one name for both spellings of the output option; any option given twice is picocli's to report
            if (!seen.add(a.equals("--output") ? "-o" : a)) {
                return Optional.empty();
            }
            if (a.equals("--verbose")) {
                root.verbose = true;
                continue;
            }
            if (i + 1 >= args.length || args[i + 1].startsWith("-") || args[i + 1].startsWith("@")) {
                return Optional.empty(); // no value, or one picocli might read as an option or a file
            }
            String value = args[++i];
            switch (a) {
                case "--data-dir" -> root.dataDir = value;
                case "--lang" -> {
                    if (value.equals("bn")) {
                        root.lang = LokkhoCommand.Lang.bn;
                    } else if (value.equals("en")) {
                        root.lang = LokkhoCommand.Lang.en;
                    } else {
                        return Optional.empty();
                    }
                }
                case "--view" -> command.view = value;
                default -> output = value;
            }
        }
        if (!afterCommand || command.id == null || output == null) {
            return Optional.empty(); // picocli says what is missing
        }
        try {
            command.output = Path.of(output); // picocli's Path converter: Paths.get
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        if (command.view == null) {
            command.view = ExportPdfCommand.DEFAULT_VIEW;
        }
        return Optional.of(new Parsed(root, command));
    }
}
