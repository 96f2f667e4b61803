package org.lokkho.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.AppContext;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.scoring.ScoreReport;
import org.lokkho.domain.scoring.Scoring;
import org.lokkho.store.TestDocuments;

class LokkhoCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private String data;
    private Path sample;

    @BeforeEach
    void files() throws Exception {
        data = dir.resolve("data").toString();
        sample = dir.resolve("সাভার q2.json");
        Files.copy(Path.of(getClass().getResource("/test-samples/savar-q2.json").toURI()), sample);
    }

    private CliRun cli(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data;
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    private long importSample() {
        CliRun run = cli("import", sample.toString());
        assertThat(run.code()).as(run.err()).isZero();
        return Long.parseLong(run.out().strip());
    }

    @Test
    void importPrintsTheNewIdsAndListShowsThem() throws Exception {
        Path second = dir.resolve("dhaka.json");
        Files.copy(Path.of(getClass().getResource("/test-samples/plain-name.json").toURI()), second);

        CliRun run = cli("import", sample.toString(), second.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines().toList()).hasSize(2).allMatch(l -> l.matches("\\d+"));

        JsonNode list = JSON.readTree(cli("list", "--json").out());
        assertThat(list).hasSize(2);
        JsonNode savar = null;
        for (JsonNode n : list) {
            if (n.get("period").asText().equals("Q2")) {
                savar = n;
            }
        }
        assertThat(savar).isNotNull();
        assertThat(savar.get("id").isNumber()).isTrue();
        assertThat(savar.get("template").asText()).isEqualTo(TestDocuments.NIS);
        assertThat(savar.get("office").asText()).isEqualTo("উপজেলা নির্বাহী অফিসারের কার্যালয়, সাভার");
        assertThat(savar.get("fiscalYear").asText()).isEqualTo("2021-22");
        assertThat(savar.get("status").asText()).isEqualTo("draft");
    }

    @Test
    void listAsTextUsesTheChosenLanguageAndDigits() {
        long id = importSample();
        String bengali = cli("list").out();
        assertThat(bengali).contains("আইডি", "উপজেলা নির্বাহী অফিসারের কার্যালয়, সাভার", "২০২১-২২", "খসড়া")
                .contains(org.lokkho.domain.text.BengaliDigits.format(id));
        assertThat(bengali.lines().count()).isEqualTo(2);

        String english = cli("--lang", "en", "list").out();
        assertThat(english).contains("Fiscal year", "2021-22", "Q2 (Oct-Dec)", "Draft");
        assertThat(cli("--lang", "en", "list").code()).isZero();
        assertThat(CliRun.of("--data-dir", dir.resolve("empty").toString(), "--lang", "en", "list").out().strip()).isEqualTo("No documents yet.");
        // the common options may also follow the command
        CliRun after = CliRun.of("list", "--json", "--data-dir", data, "--lang", "en");
        assertThat(after.code()).as(after.err()).isZero();
        assertThat(after.out()).contains("\"id\" : " + id);
    }

    @Test
    void exportJsonWritesTheDocumentAndItImportsBackIdentically() throws Exception {
        long id = importSample();
        Path out = dir.resolve("export").resolve("doc.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "old content to be replaced");

        CliRun run = cli("export-json", Long.toString(id), "-o", out.toString());

        assertThat(run.code()).as(run.err()).isZero();
        String exported = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(JSON.readTree(exported).get("format").asText()).isEqualTo("lokkho-document");
        try (var listing = Files.list(out.getParent())) {
            assertThat(listing).containsExactly(out);
        }
        long again = Long.parseLong(cli("import", out.toString()).out().strip());
        Path out2 = dir.resolve("export").resolve("again.json");
        // Bengali digits are accepted for the id too
        assertThat(cli("export-json", org.lokkho.domain.text.BengaliDigits.format(again), "-o", out2.toString()).code()).isZero();
        assertThat(Files.readString(out2, StandardCharsets.UTF_8)).isEqualTo(exported);
    }

    @Test
    void scoreJsonMatchesTheScoringOfTheStoredDocument() throws Exception {
        long id = importSample();

        CliRun run = cli("score", Long.toString(id), "--json");

        assertThat(run.code()).as(run.err()).isZero();
        JsonNode json = JSON.readTree(run.out());
        ScoreReport expected;
        try (AppContext ctx = new AppContext(Path.of(data))) {
            FormDocument doc = ctx.documentService().require(id);
            expected = Scoring.score(ctx.documentService().templateOf(doc), doc);
        }
        assertThat(json.get("document").asLong()).isEqualTo(id);
        assertThat(json.get("template").asText()).isEqualTo(TestDocuments.NIS);
        assertThat(json.get("total").isNumber()).isTrue();
        assertThat(json.get("total").decimalValue()).isEqualByComparingTo(expected.total());
        assertThat(json.get("max").decimalValue()).isEqualByComparingTo(expected.max());
        assertThat(json.get("rows")).hasSize(expected.rows().size());
        for (int i = 0; i < expected.rows().size(); i++) {
            JsonNode row = json.get("rows").get(i);
            assertThat(row.get("rowId").asText()).isEqualTo(expected.rows().get(i).rowId());
            assertThat(row.get("obtained").isNumber()).isTrue();
            assertThat(row.get("obtained").decimalValue()).isEqualByComparingTo(expected.rows().get(i).obtained());
            assertThat(row.get("max").decimalValue()).isEqualByComparingTo(expected.rows().get(i).max());
            assertThat(row.get("excluded").asBoolean()).isEqualTo(expected.rows().get(i).excluded());
        }
        assertThat(json.get("groups")).hasSize(expected.groups().size());
        assertThat(run.out()).doesNotContain("E+").doesNotContain("E-");
        assertThat(json.get("rows").findValuesAsText("rowId")).contains("r1");
    }

    @Test
    void scoreTextShowsBengaliDigits() {
        long id = importSample();
        CliRun run = cli("score", Long.toString(id));
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("মোট").doesNotContainPattern("[0-9]");
    }

    @Test
    void aBadFileGivesExitOneAndOneLineNamingTheFieldAndStoresNothing() throws Exception {
        importSample();
        String before = cli("list", "--json").out();
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(sample).replace("\"weight\": \"৪\"", "\"wieght\": \"৪\""));

        CliRun run = cli("import", sample.toString(), bad.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("bad.json").contains("sections.plan.rows[1].cells.wieght");
        assertThat(cli("list", "--json").out()).isEqualTo(before);
    }

    @Test
    void unreadableJsonAndMissingFilesAreUserErrors() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{ \"format\": ");
        CliRun syntax = cli("--lang", "en", "import", broken.toString());
        assertThat(syntax.code()).isEqualTo(1);
        assertThat(syntax.errLines()).hasSize(1);
        assertThat(syntax.err()).contains("broken.json").contains("line");

        CliRun missing = cli("--lang", "en", "import", dir.resolve("nowhere.json").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.errLines()).containsExactly("Cannot read " + dir.resolve("nowhere.json") + ": no such file or folder");
    }

    @Test
    void anUnknownOrMalformedIdIsAUserError() {
        CliRun unknown = cli("--lang", "en", "export-json", "999", "-o", dir.resolve("x.json").toString());
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.errLines()).hasSize(1);
        assertThat(unknown.err()).contains("no document with id 999");
        assertThat(dir.resolve("x.json")).doesNotExist();

        CliRun score = cli("score", "৯৯৯");
        assertThat(score.code()).isEqualTo(1);
        assertThat(score.errLines()).hasSize(1);
        assertThat(score.err()).contains("৯৯৯");

        CliRun word = cli("--lang", "en", "score", "abc");
        assertThat(word.code()).isEqualTo(1);
        assertThat(word.errLines()).containsExactly("'abc' is not a document id (a whole number).");
    }

    @Test
    void anUnwritableOutputIsAUserError() {
        long id = importSample();
        Path target = dir.resolve("no-such-folder").resolve("out.json");
        CliRun run = cli("--lang", "en", "export-json", Long.toString(id), "-o", target.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).startsWith("Cannot write " + target);
    }

    @Test
    void verboseAddsTheStackTrace() {
        CliRun run = cli("--verbose", "score", "12345");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.errLines().size()).isGreaterThan(1);
        assertThat(run.err()).contains("at org.lokkho");
    }

    @Test
    void aDamagedDataFileIsReportedInOneLine() throws Exception {
        Path damaged = dir.resolve("damaged");
        Files.createDirectories(damaged);
        Files.writeString(damaged.resolve("lokkho.mv.db"), "not a database ".repeat(500));
        CliRun run = CliRun.of("--data-dir", damaged.toString(), "--lang", "en", "list");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("damaged").contains("lokkho.mv.db");
    }

    @Test
    void usageErrorsExitWithTwoAndHelpAndVersionWithZero() {
        assertThat(cli("import").code()).isEqualTo(2);
        assertThat(cli("list", "--no-such-option").code()).isEqualTo(2);
        assertThat(cli("frobnicate").code()).isEqualTo(2);
        assertThat(cli("--lang", "fr", "list").code()).isEqualTo(2);

        CliRun help = CliRun.of("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("import", "list", "export-json", "score", "--data-dir", "প্রস্থান কোড");
        assertThat(CliRun.of("--lang", "en", "--help").out()).contains("Exit codes");
        CliRun version = CliRun.of("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out().strip()).isEqualTo("lokkho dev");
    }
}
