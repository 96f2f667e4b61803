package org.lokkho.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.domain.i18n.Messages;

/** A wrong command line is one line in the --lang language (Bengali by default), a hint, and exit code 2. */
class UsageErrorsTest {
    /** What picocli itself says; none of it may reach a Bengali user. */
    private static final List<String> PICOCLI_ENGLISH = List.of("Missing", "Unknown", "Unmatched", "Invalid value",
            "Expected", "should be specified", "Did you mean", "Usage:", "Possible solutions");

    @TempDir
    Path dir;


    /** A usage error in Bengali: exit 2, nothing on stdout, the expected lines on stderr and no picocli English. */
    private static void assertBengali(CliRun run, String... lines) {
        assertThat(run.code()).as(run.err()).isEqualTo(LokkhoCommand.USAGE_ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(lines);
        for (String english : PICOCLI_ENGLISH) {
            assertThat(run.err()).doesNotContain(english);
        }
    }

    @Test
    void aMissingParameterIsNamed() {
        assertBengali(CliRun.of("export-pdf"),
                "lokkho export-pdf: প্রয়োজনীয় প্যারামিটার ID দেওয়া হয়নি।",
                "সাহায্যের জন্য: lokkho export-pdf --help");
    }

    @Test
    void aMissingOptionIsNamedWithItsValueLabel() {
        assertBengali(CliRun.of("export-pdf", "1"),
                "lokkho export-pdf: প্রয়োজনীয় অপশন --output=FILE দেওয়া হয়নি।",
                "সাহায্যের জন্য: lokkho export-pdf --help");
    }

    @Test
    void missingOptionsAndParametersAreListedTogether() {
        assertBengali(CliRun.of("evidence", "add", "1"),
                "lokkho evidence add: প্রয়োজনীয় অপশন ও প্যারামিটার --row=CODE|ROWID, FILE দেওয়া হয়নি।",
                "সাহায্যের জন্য: lokkho evidence add --help");
    }

    @Test
    void anOptionWithoutItsValueAsksForTheValue() {
        assertBengali(CliRun.of("export-pdf", "1", "-o"),
                "lokkho export-pdf: --output অপশনের পরে একটি মান (FILE) দিন।",
                "সাহায্যের জন্য: lokkho export-pdf --help");
    }

    @Test
    void anUnknownOptionIsQuoted() {
        assertBengali(CliRun.of("export-pdf", "--bogus", "1", "-o", "a.pdf"),
                "lokkho export-pdf: '--bogus' নামে কোনো অপশন নেই।",
                "সাহায্যের জন্য: lokkho export-pdf --help");
    }

    @Test
    void aMistypedOptionGetsPicocliSuggestionInBengali() {
        assertBengali(CliRun.of("list", "--jsn"),
                "lokkho list: '--jsn' নামে কোনো অপশন নেই।",
                "আপনি কি বোঝাতে চেয়েছেন: --json?",
                "সাহায্যের জন্য: lokkho list --help");
    }

    @Test
    void aMistypedCommandGetsTheCommandsItResembles() {
        assertBengali(CliRun.of("exprot-pdf", "1"),
                "lokkho: 'exprot-pdf' নামে কোনো কমান্ড নেই।",
                "আপনি কি বোঝাতে চেয়েছেন: export-pdf অথবা export-json?",
                "সাহায্যের জন্য: lokkho --help");
        assertBengali(CliRun.of("evidence", "adx"),
                "lokkho evidence: 'adx' নামে কোনো কমান্ড নেই।",
                "আপনি কি বোঝাতে চেয়েছেন: add?",
                "সাহায্যের জন্য: lokkho evidence --help");
    }

    @Test
    void anExtraArgumentIsNamedWithItsPositionInBengaliDigits() {
        String data = dir.toString();
        // words: 1 --data-dir, 2 the folder, 3 export-pdf, 4 the id, 5 -o, 6 the file, 7 extra
        assertBengali(CliRun.of("--data-dir", data, "export-pdf", "1", "-o", "a.pdf", "extra"),
                "lokkho export-pdf: বাড়তি আর্গুমেন্ট 'extra' (কমান্ড লাইনের ৭ নম্বর শব্দ)।",
                "সাহায্যের জন্য: lokkho export-pdf --help");
        assertBengali(CliRun.of("--data-dir", data, "export-pdf", "1", "2", "-o", "a.pdf"),
                "lokkho export-pdf: বাড়তি আর্গুমেন্ট '2' (কমান্ড লাইনের ৫ নম্বর শব্দ)।",
                "সাহায্যের জন্য: lokkho export-pdf --help");
        assertBengali(CliRun.of("list", "extra", "more"),
                "lokkho list: বাড়তি আর্গুমেন্ট 'extra', 'more' (কমান্ড লাইনের ২ নম্বর শব্দ থেকে)।",
                "সাহায্যের জন্য: lokkho list --help");
    }

    @Test
    void aBadValueNamesTheOptionTheValueAndWhatIsAllowed() {
        assertBengali(CliRun.of("--lang", "xx", "list"),
                "lokkho: --lang অপশনের মান 'xx' চলবে না; লিখুন bn অথবা en।",
                "সাহায্যের জন্য: lokkho --help");
        assertBengali(CliRun.of("list", "--json=maybe"),
                "lokkho list: --json অপশনের মান 'maybe' চলবে না; লিখুন true অথবা false।",
                "সাহায্যের জন্য: lokkho list --help");
        assertBengali(CliRun.of("key", "create", "--days", "তিন"),
                "lokkho key create: --days অপশনের মান 'তিন' চলবে না; একটি পূর্ণসংখ্যা লিখুন।",
                "সাহায্যের জন্য: lokkho key create --help");
    }

    @Test
    void anOptionGivenTwiceIsNamed() {
        assertBengali(CliRun.of("export-pdf", "1", "-o", "a.pdf", "-o", "b.pdf"),
                "lokkho export-pdf: --output অপশন একবারই দেওয়া যায়।",
                "সাহায্যের জন্য: lokkho export-pdf --help");
    }

    @Test
    void withLangEnTheErrorIsEnglishWhereverLangStands() {
        CliRun before = CliRun.of("--lang", "en", "export-pdf");
        assertThat(before.code()).isEqualTo(LokkhoCommand.USAGE_ERROR);
        assertThat(before.errLines()).containsExactly("lokkho export-pdf: the required parameter ID is missing.",
                "For help: lokkho export-pdf --help");

        // --lang after the error, and in the --lang=en form: the error is found before --lang is read
        CliRun after = CliRun.of("export-pdf", "1", "-o", "a.pdf", "--bogus", "--lang=en");
        assertThat(after.code()).isEqualTo(LokkhoCommand.USAGE_ERROR);
        assertThat(after.errLines()).containsExactly("lokkho export-pdf: there is no option '--bogus'.",
                "For help: lokkho export-pdf --help");

        CliRun typo = CliRun.of("--lang", "en", "exprot-pdf", "1");
        assertThat(typo.errLines()).containsExactly("lokkho: there is no command 'exprot-pdf'.",
                "Did you mean: export-pdf or export-json?", "For help: lokkho --help");

        CliRun badLang = CliRun.of("--lang", "en", "list", "--json=maybe");
        assertThat(badLang.errLines().get(0)).isEqualTo("lokkho list: 'maybe' is not a valid value for option --json; write true or false.");
    }

    @Test
    void theLanguageIsReadFromTheRawArgumentsBengaliUnlessEnglishIsAsked() {
        assertThat(UsageErrors.localeOf()).isEqualTo(Messages.BENGALI);
        assertThat(UsageErrors.localeOf("list", "--lang", "en")).isEqualTo(Messages.ENGLISH);
        assertThat(UsageErrors.localeOf("--lang=en", "list")).isEqualTo(Messages.ENGLISH);
        assertThat(UsageErrors.localeOf("--lang", "xx", "list")).isEqualTo(Messages.BENGALI);
        assertThat(UsageErrors.localeOf("--lang")).isEqualTo(Messages.BENGALI);
        // after "--" every word is a value, not an option
        assertThat(UsageErrors.localeOf("import", "--", "--lang=en")).isEqualTo(Messages.BENGALI);
    }

    @Test
    void verboseAddsTheTraceForDevelopers() {
        CliRun run = CliRun.of("--verbose", "export-pdf");
        assertThat(run.code()).isEqualTo(LokkhoCommand.USAGE_ERROR);
        assertThat(run.errLines().get(0)).isEqualTo("lokkho export-pdf: প্রয়োজনীয় প্যারামিটার ID দেওয়া হয়নি।");
        assertThat(run.err()).contains("MissingParameterException");
    }
}
