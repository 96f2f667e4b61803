package org.lokkho.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class CommandRegistryTest {
    @Test
    void everyRegisteredNameIsTheNameItsCommandDeclares() {
        for (String name : CommandRegistry.names()) {
            assertThat(CommandRegistry.create(name).getClass().getAnnotation(Command.class).name()).as(name).isEqualTo(name);
        }
    }

    @Test
    void aCommandLineThatNamesACommandBuildsOnlyThatOne() {
        assertThat(LokkhoCommand.commandLine("--data-dir", "/tmp/x", "--lang", "en", "export-pdf", "1", "-o", "a.pdf")
                .getSubcommands()).containsOnlyKeys("export-pdf");
        // a folder named like a command is the option's value, not the command
        assertThat(LokkhoCommand.commandLine("--data-dir", "list", "score", "1").getSubcommands()).containsOnlyKeys("score");
    }

    @Test
    void helpTyposAndBareOptionsGetEveryCommand() {
        assertThat(LokkhoCommand.commandLine("--help").getSubcommands().keySet()).containsExactlyElementsOf(CommandRegistry.names());
        assertThat(LokkhoCommand.commandLine("exprot-pdf", "1").getSubcommands()).hasSameSizeAs(CommandRegistry.names());
        assertThat(LokkhoCommand.commandLine("--lang", "en").getSubcommands()).hasSameSizeAs(CommandRegistry.names());
    }

    @Test
    void aTypoIsAnsweredWithTheCommandItResembles() {
        CliRun run = CliRun.of("exprot-pdf", "1");
        assertThat(run.code()).isEqualTo(LokkhoCommand.USAGE_ERROR);
        assertThat(run.err()).contains("export-pdf");
    }

    @Test
    void usageListsEveryVisibleCommand() {
        String usage = LokkhoCommand.commandLine("--help").getUsageMessage(CommandLine.Help.Ansi.OFF);
        CommandRegistry.names().stream().filter(n -> !n.equals("bench"))
                .forEach(n -> assertThat(usage).contains("  " + n));
        assertThat(usage).doesNotContain("bench");
    }
}
