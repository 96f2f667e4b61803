package org.lokkho.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lokkho.domain.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A wrong command line, worded in the {@code --lang} language: one line naming what is wrong and where (the
 * option or parameter, the value given, the values allowed, the word's position), picocli's "did you mean"
 * suggestions, and how to get help, instead of picocli's English message and the whole usage text. Exit code 2.
 * Loaded only when a command line is wrong.
 */
final class UsageErrors {
    /** Where picocli's message says the unmatched words start ("at index 6", "from index 2"). */
    private static final Pattern INDEX = Pattern.compile("index (\\d+)");

    private UsageErrors() {
    }

    static int report(ParameterException ex, String[] args) {
        Messages m = new Messages(localeOf(args));
        CommandLine where = ex.getCommandLine();
        String command = where.getCommandSpec().qualifiedName();
        PrintWriter err = where.getErr();
        String line;
        try {
            line = describe(ex, args, command, m);
        } catch (RuntimeException bug) {
            // a case the wording does not foresee must still end as one line, never as a stack trace
            line = m.get("cli.usage.other", command, ex.getMessage());
        }
        err.println(Subcommand.oneLine(line));
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            err.println(m.get("cli.usage.didYouMean", either(unmatched.getSuggestions(), m)));
        }
        err.println(m.get("cli.usage.help", command));
        if (List.of(args).contains("--verbose")) {
            ex.printStackTrace(err);
        }
        err.flush();
        return LokkhoCommand.USAGE_ERROR;
    }

    /**
     * The language the user asked for, read from the raw arguments: the error may be in {@code --lang} itself or
     * come before it, so the parsed value cannot be trusted. Bengali unless {@code --lang en} is given.
     */
    static Locale localeOf(String... args) {
        String lang = "bn";
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if ("--".equals(a)) {
                break;
            }
            if ("--lang".equals(a) && i + 1 < args.length) {
                lang = args[++i];
            } else if (a.startsWith("--lang=")) {
                lang = a.substring("--lang=".length());
            }
        }
        return "en".equals(lang) ? Messages.ENGLISH : Messages.BENGALI;
    }

    static String describe(ParameterException ex, String[] args, String command, Messages m) {
        if (ex instanceof MissingParameterException missing) {
            return missing(missing.getMissing(), args, command, m);
        }
        if (ex instanceof UnmatchedArgumentException unmatched) {
            return unmatched(unmatched, args, command, m);
        }
        if (ex instanceof OverwrittenOptionException overwritten && overwritten.getOverwritten() instanceof OptionSpec option) {
            return m.get("cli.usage.repeated", command, option.longestName());
        }
        if (ex.getClass() == ParameterException.class && ex.getArgSpec() != null && ex.getValue() != null) {
            return badValue(ex.getArgSpec(), ex.getValue(), command, m);
        }
        // not reachable with Lokkho's options today (arity overflows, exclusive groups): picocli's own words
        return m.get("cli.usage.other", command, ex.getMessage());
    }

    private static String missing(List<ArgSpec> missing, String[] args, String command, Messages m) {
        if (missing.size() == 1 && missing.get(0) instanceof OptionSpec option && given(option, args)) {
            return m.get("cli.usage.missingValue", command, option.longestName(), option.paramLabel());
        }
        List<String> labels = new ArrayList<>();
        int options = 0;
        for (ArgSpec arg : missing) {
            labels.add(label(arg));
            options += arg.isOption() ? 1 : 0;
        }
        String list = String.join(", ", labels);
        if (options == labels.size()) {
            return m.get(options == 1 ? "cli.usage.missingOption" : "cli.usage.missingOptions", command, list);
        }
        if (options == 0) {
            return m.get(labels.size() == 1 ? "cli.usage.missingParameter" : "cli.usage.missingParameters", command, list);
        }
        return m.get("cli.usage.missingBoth", command, list);
    }

    /** True when the option is on the command line (then it is its value that is missing, not the option). */
    private static boolean given(OptionSpec option, String[] args) {
        for (String a : args) {
            for (String name : option.names()) {
                if (a.equals(name) || a.startsWith(name + "=")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** As the usage synopsis shows it: {@code --output=FILE}, {@code --json}, {@code ID}. */
    private static String label(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.arity().max() > 0 ? option.longestName() + "=" + option.paramLabel() : option.longestName();
        }
        return arg.paramLabel();
    }

    private static String unmatched(UnmatchedArgumentException ex, String[] args, String command, Messages m) {
        List<String> words = ex.getUnmatched();
        if (words.isEmpty()) {
            return m.get("cli.usage.other", command, ex.getMessage());
        }
        if (ex.isUnknownOption()) {
            List<String> options = new ArrayList<>();
            for (String w : words) {
                if (w.startsWith("-")) {
                    options.add(w);
                }
            }
            return m.get("cli.usage.unknownOption", command, quoted(options.isEmpty() ? words : options));
        }
        if (!ex.getCommandLine().getSubcommands().isEmpty() && !words.get(0).startsWith("-")) {
            return m.get("cli.usage.unknownCommand", command, quoted(List.of(words.get(0))));
        }
        String position = m.digits(Integer.toString(position(ex, words.get(0), args) + 1));
        return m.get(words.size() == 1 ? "cli.usage.extraArgument" : "cli.usage.extraArguments", command, quoted(words), position);
    }

    /** The 0-based position of the first unmatched word on the command line, as picocli counted it. */
    private static int position(UnmatchedArgumentException ex, String first, String[] args) {
        Matcher index = INDEX.matcher(String.valueOf(ex.getMessage()));
        if (index.find()) {
            return Integer.parseInt(index.group(1));
        }
        return Math.max(0, List.of(args).lastIndexOf(first));
    }

    private static String badValue(ArgSpec arg, String value, String command, Messages m) {
        String what = arg instanceof OptionSpec option ? m.get("cli.usage.option", option.longestName())
                : m.get("cli.usage.parameter", arg.paramLabel());
        String expected = expected(arg, m);
        return expected == null ? m.get("cli.usage.badValuePlain", command, what, value)
                : m.get("cli.usage.badValue", command, what, value, expected);
    }

    /** What the option takes, in words; null when there is nothing useful to say. */
    private static String expected(ArgSpec arg, Messages m) {
        Class<?> type = arg.type();
        if (type.isEnum() && arg.completionCandidates() != null) {
            List<String> values = new ArrayList<>();
            for (String v : arg.completionCandidates()) {
                values.add(v);
            }
            return m.get("cli.usage.expect.oneOf", either(values, m));
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == byte.class || type == Byte.class) {
            return m.get("cli.usage.expect.integer");
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class
                || type == java.math.BigDecimal.class) {
            return m.get("cli.usage.expect.number");
        }
        if (type == boolean.class || type == Boolean.class) {
            return m.get("cli.usage.expect.boolean");
        }
        return null;
    }

    /** "a, b or c" in the chosen language. */
    private static String either(List<String> choices, Messages m) {
        if (choices.size() == 1) {
            return choices.get(0);
        }
        String last = choices.get(choices.size() - 1);
        return String.join(", ", choices.subList(0, choices.size() - 1)) + m.get("cli.usage.or") + last;
    }

    private static String quoted(List<String> words) {
        List<String> q = new ArrayList<>();
        for (String w : words) {
            q.add("'" + w + "'");
        }
        return String.join(", ", q);
    }
}
