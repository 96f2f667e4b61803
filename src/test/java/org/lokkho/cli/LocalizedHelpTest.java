package org.lokkho.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.domain.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Usage help in the --lang language, Bengali by default, read from i18n/cli_bn|en.properties only when shown. */
class LocalizedHelpTest {
    private static final Pattern BENGALI_LETTER = Pattern.compile("[\\u0980-\\u09FF]");


    @Test
    void rootHelpIsBengaliByDefault() {
        CliRun help = CliRun.of("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("ব্যবহার: lokkho", "কমান্ড:", "প্রস্থান কোড:", "অভ্যন্তরীণ ত্রুটি",
                "দলিল পিডিএফ ফাইলে মুদ্রণ করে", "দলিলের JSON ফাইল আমদানি করে", "এই সাহায্য দেখায়",
                "ডেটা ফোল্ডার", "--data-dir", "export-pdf");
        assertThat(help.out()).doesNotContain("Usage:", "Commands:", "Exit codes", "Print a document",
                "Show this help message", "Data folder", "internal error");
    }

    @Test
    void commandHelpIsBengaliByDefault() {
        CliRun help = CliRun.of("export-pdf", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("ব্যবহার: lokkho export-pdf", "দলিলের আইডি", "যে পিডিএফ ফাইলে লেখা হবে",
                "ত্রৈমাসিক অর্জন ও নম্বরসহ", "agreement।", "-o, --output=FILE");
        assertThat(help.out()).doesNotContain("Usage:", "The PDF file to write", "Document id", "Default:");
    }

    @Test
    void helpFollowsLangEnWhereverItStands() {
        CliRun root = CliRun.of("--lang", "en", "--help");
        assertThat(root.out()).contains("Usage: lokkho", "Commands:", "Exit codes:", "Print a document to a PDF file");
        assertThat(BENGALI_LETTER.matcher(root.out()).find()).isFalse();
        CliRun command = CliRun.of("export-pdf", "--help", "--lang", "en");
        assertThat(command.out()).contains("Usage: lokkho export-pdf", "The PDF file to write", "Default: agreement");
        assertThat(BENGALI_LETTER.matcher(command.out()).find()).isFalse();
    }

    @Test
    void usageShownWithoutACommandIsBengaliToo() {
        CliRun bare = CliRun.of("--data-dir", "/nonexistent-lokkho", "evidence");
        assertThat(bare.code()).isEqualTo(LokkhoCommand.USAGE_ERROR);
        assertThat(bare.err()).contains("ব্যবহার: lokkho evidence", "প্রমাণক").doesNotContain("Usage:");
    }

    @Test
    void everyCommandOptionAndParameterHasABengaliDescription() {
        CommandLine all = LokkhoCommand.withCommands(null);
        all.getUsageMessage(CommandLine.Help.Ansi.OFF); // attaches the bundle, as printing help does
        List<String> english = new java.util.ArrayList<>();
        collectEnglish(all.getCommandSpec(), english);
        assertThat(english).as("descriptions still in English").isEmpty();
    }

    private static void collectEnglish(CommandSpec spec, List<String> english) {
        String name = spec.qualifiedName();
        check(name + " (command)", spec.usageMessage().description(), english);
        for (ArgSpec arg : spec.args()) {
            String label = arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
            check(name + " " + label, arg.description(), english);
        }
        for (CommandLine sub : spec.subcommands().values()) {
            collectEnglish(sub.getCommandSpec(), english);
        }
    }

    private static void check(String what, String[] description, List<String> english) {
        String text = String.join(" ", description);
        if (!BENGALI_LETTER.matcher(text).find()) {
            english.add(what + ": " + text);
        }
    }

    /** Picocli wraps before a danda (।) like before a word: a description must not end exactly at the edge. */
    @Test
    void noHelpLineStartsWithADanda() {
        List<String> orphans = new java.util.ArrayList<>();
        collectOrphans(LokkhoCommand.withCommands(null), orphans);
        assertThat(orphans).isEmpty();
    }

    private static void collectOrphans(CommandLine cmd, List<String> orphans) {
        cmd.getUsageMessage(CommandLine.Help.Ansi.OFF).lines()
                .filter(line -> line.strip().startsWith("।"))
                .forEach(line -> orphans.add(cmd.getCommandSpec().qualifiedName()));
        for (CommandLine sub : cmd.getSubcommands().values()) {
            collectOrphans(sub, orphans);
        }
    }

    @Test
    void eachCommandHasItsOwnDescriptionNotOneInheritedFromTheRoot() {
        ResourceBundle bn = LocalizedHelp.bundle(Messages.BENGALI);
        List<String> missing = new java.util.ArrayList<>();
        collectMissingKeys(LokkhoCommand.withCommands(null).getCommandSpec(), bn, missing);
        assertThat(missing).isEmpty();
    }

    private static void collectMissingKeys(CommandSpec spec, ResourceBundle bundle, List<String> missing) {
        String key = spec.qualifiedName(".") + ".usage.description";
        if (!bundle.containsKey(key)) {
            missing.add(key);
        }
        for (CommandLine sub : spec.subcommands().values()) {
            collectMissingKeys(sub.getCommandSpec(), bundle, missing);
        }
    }

    @Test
    void bengaliAndEnglishBundlesHaveTheSameKeys() {
        ResourceBundle bn = LocalizedHelp.bundle(Messages.BENGALI);
        ResourceBundle en = LocalizedHelp.bundle(Messages.ENGLISH);
        assertThat(bn).isNotSameAs(en);
        assertThat(new TreeSet<>(Collections.list(bn.getKeys()))).isEqualTo(new TreeSet<>(Collections.list(en.getKeys())));
        assertThat(en.getString("lokkho.export-pdf.output")).isEqualTo("The PDF file to write.");
    }

    @Test
    void anOrdinaryRunNeverAttachesTheHelpBundle(@TempDir Path data) {
        String[] list = {"--data-dir", data.toString(), "list"};
        CommandLine ordinary = quiet(LokkhoCommand.commandLine(list));
        assertThat(ordinary.execute(list)).isZero();
        assertThat(ordinary.getCommandSpec().resourceBundle()).isNull();
        assertThat(ordinary.getSubcommands().get("list").getCommandSpec().resourceBundle()).isNull();

        CommandLine version = quiet(LokkhoCommand.commandLine("--version"));
        assertThat(version.execute("--version")).isZero();
        assertThat(version.getCommandSpec().resourceBundle()).isNull();

        CommandLine helped = quiet(LokkhoCommand.commandLine("--help"));
        assertThat(helped.execute("--help")).isZero();
        assertThat(helped.getCommandSpec().resourceBundle()).isNotNull();
        assertThat(helped.getSubcommands().get("export-pdf").getCommandSpec().resourceBundle()).isNotNull();
    }

    private static CommandLine quiet(CommandLine cmd) {
        cmd.setOut(new PrintWriter(new StringWriter()));
        cmd.setErr(new PrintWriter(new StringWriter()));
        return cmd;
    }
}
