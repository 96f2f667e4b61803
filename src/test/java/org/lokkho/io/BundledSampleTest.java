package org.lokkho.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lokkho.domain.calendar.Period;
import org.lokkho.domain.cell.CellKind;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.ListContent;
import org.lokkho.domain.document.RowNumbering;
import org.lokkho.domain.document.SignatureContent;
import org.lokkho.domain.document.TableContent;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.RowTemplate;
import org.lokkho.domain.template.SectionKind;
import org.lokkho.domain.template.SectionTemplate;

/** The bundled sample documents obey document.schema.json, read cleanly, and agree with their templates. */
class BundledSampleTest {
    private static final JsonSchema SCHEMA = BundledJson.schema("document.schema.json");
    private static final TemplateCatalog CATALOG = TemplateCatalog.bundled();
    private static final DocumentJson CODEC = new DocumentJson(CATALOG);

    static Stream<String> sampleFiles() {
        return BundledJson.filesIn("samples").stream();
    }

    @Test
    void indexListsEverySampleExactlyOnce() {
        List<String> index = BundledJson.index("samples");
        assertThat(index).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(BundledJson.filesIn("samples"));
    }

    @ParameterizedTest
    @MethodSource("sampleFiles")
    void sampleValidatesAgainstTheDocumentSchema(String file) {
        assertThat(SCHEMA.validate(BundledJson.tree("/samples/" + file))).as(file).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("sampleFiles")
    void sampleReadsWithoutProblems(String file) throws DocumentFormatException {
        DocumentJson.Imported imported = CODEC.read(BundledJson.text("/samples/" + file));
        assertThat(imported.office().nameBn()).isNotBlank();
        assertThat(imported.document().sections()).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("sampleFiles")
    void sampleRowsAreNumberedAndFixedRowsMatchTheTemplate(String file) throws DocumentFormatException {
        FormDocument doc = CODEC.read(BundledJson.text("/samples/" + file)).document();
        FormTemplate t = CATALOG.find(doc.templateId(), doc.templateVersion()).orElseThrow();
        for (SectionTemplate s : t.sections()) {
            if (s.kind() != SectionKind.TABLE) {
                continue;
            }
            List<TableRow> rows = doc.table(s.key()).rows();
            List<String> codes = rows.stream().map(TableRow::code).toList();
            List<TableRow> renumbered = new ArrayList<>(rows.stream().map(TableRow::copy).toList());
            RowNumbering.renumber(renumbered, s.numbering());
            assertThat(codes).as("%s/%s codes", file, s.key()).containsExactlyElementsOf(renumbered.stream().map(TableRow::code).toList());
            List<TableRow> fixed = rows.stream().filter(TableRow::isFixed).toList();
            assertThat(fixed).as("%s/%s fixed rows", file, s.key()).hasSize(s.rows().size());
            for (int i = 0; i < fixed.size(); i++) {
                RowTemplate preset = s.rows().get(i);
                TableRow row = fixed.get(i);
                assertThat(row.isGroup()).isEqualTo(preset.isGroup());
                assertThat(row.title()).isEqualTo(preset.title() == null ? "" : preset.title());
                assertThat(row.locked()).containsExactlyElementsOf(preset.locked());
                for (String k : preset.locked()) {
                    assertThat(row.cell(k).raw()).as("%s %s locked %s", file, row.code(), k).isEqualTo(preset.cells().get(k));
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("sampleFiles")
    void whatTheWriterWritesObeysTheSchemaAndReadsBackTheSame(String file) throws Exception {
        DocumentJson.Imported first = CODEC.read(BundledJson.text("/samples/" + file));
        String written = CODEC.write(first.document(), first.office());
        assertThat(SCHEMA.validate(BundledJson.MAPPER.readTree(written))).as(file).isEmpty();
        DocumentJson.Imported second = CODEC.read(written);
        assertThat(CODEC.write(second.document(), second.office())).isEqualTo(written);
    }

    @Test
    void aNewEmptyDocumentOfEveryTemplateObeysTheSchema() throws Exception {
        for (FormTemplate t : CATALOG.all()) {
            FormDocument doc = org.lokkho.domain.document.DocumentFactory.create(t, 0,
                    new org.lokkho.domain.calendar.FiscalYear(2023), Period.ANNUAL);
            String written = CODEC.write(doc, new org.lokkho.domain.document.Office(0, "দপ্তর", "", "", "", "", "", "", "", "", ""));
            assertThat(SCHEMA.validate(BundledJson.MAPPER.readTree(written))).as(t.id()).isEmpty();
            assertThat(CODEC.read(written).document().templateId()).isEqualTo(t.id());
        }
    }

    @Test
    void khulnaReportHasTheCellStatesTheScoringExampleNeeds() throws DocumentFormatException {
        FormDocument doc = CODEC.read(BundledJson.text("/samples/nis-2021-22-khulna-city-q4.json")).document();
        assertThat(doc.period()).isEqualTo(Period.Q4);
        TableContent plan = doc.table("plan");
        assertThat(plan.items()).hasSize(17);
        TableRow workEnvironment = row(plan, "১.৫");
        assertThat(workEnvironment.cell("annualTarget").number()).isEqualByComparingTo("3");
        assertThat(workEnvironment.cell("annualTarget").date()).hasToString("2022-06-30");
        TableRow assets = row(plan, "২.৪");
        assertThat(List.of("q1", "q2", "q3", "q4")).allSatisfy(q -> assertThat(assets.achieved(q).kind()).isEqualTo(CellKind.NOT_APPLICABLE));
        assertThat(assets.cell("remarks").raw()).isNotBlank();
        for (String running : List.of("৩.২", "৩.৩")) {
            assertThat(row(plan, running).achievedCells()).isEmpty();
            assertThat(row(plan, running).cell("remarks").raw()).contains("চলমান");
        }
        TableRow training = row(plan, "১.৪");
        assertThat(training.cell("q1").kind()).isEqualTo(CellKind.NONE);
        assertThat(training.achieved("q2").number()).isEqualByComparingTo("1");
        assertThat(training.achieved("q3").isBlank()).isTrue();
        assertThat(training.cell("remarks").raw()).contains("৪০জন প্রশিক্ষণার্থী");
        assertThat(((SignatureContent) doc.section("signatures")).blocks()).extracting(b -> b.date()).containsOnly("০৯/০৭/২২");
    }

    @Test
    void ccaPlanKeepsTheEmptyPlaceholderRows() throws DocumentFormatException {
        FormDocument doc = CODEC.read(BundledJson.text("/samples/nis-2017-18-cca-office-plan.json")).document();
        TableContent plan = doc.table("plan");
        assertThat(row(plan, "৮.১").cells()).isEmpty();
        assertThat(row(plan, "৮.২").cells()).isEmpty();
        assertThat(row(plan, "৭.১").cell("baseline").kind()).isEqualTo(CellKind.DATE);
        assertThat(row(plan, "১০.১").cell("annualTarget").unit()).isEqualTo("লক্ষ");
        assertThat(plan.rows().stream().filter(TableRow::isGroup)).hasSize(11);
    }

    @Test
    void charterHasEveryServiceAndFiveExpectations() throws DocumentFormatException {
        FormDocument doc = CODEC.read(BundledJson.text("/samples/citizen-charter-tarakanda-ict.json")).document();
        assertThat(doc.table("citizenServices").rows()).hasSize(7);
        assertThat(doc.table("institutionalServices").rows()).hasSize(11);
        assertThat(doc.table("internalServices").rows()).hasSize(6);
        assertThat(((ListContent) doc.section("expectations")).items()).hasSize(5);
        assertThat(doc.table("grs").rows()).hasSize(3);
        assertThat(doc.fiscalYear().code()).isEqualTo("2023-24");
    }

    @Test
    void schemaRejectsATypoAndABadCellKind() {
        ObjectNode doc = (ObjectNode) BundledJson.tree("/samples/nis-2021-22-khulna-city-q4.json");
        doc.set("fiscalyear", doc.remove("fiscalYear"));
        assertThat(SCHEMA.validate(doc)).isNotEmpty();

        ObjectNode doc2 = (ObjectNode) BundledJson.tree("/samples/nis-2021-22-khulna-city-q4.json");
        ObjectNode cell = (ObjectNode) firstRowWith(doc2, "১.৫").get("cells").get("annualTarget");
        cell.put("kind", "count");
        assertThat(SCHEMA.validate(doc2)).isNotEmpty();
    }

    @Test
    void readerRejectsAKindThatContradictsTheRawText() {
        ObjectNode doc = (ObjectNode) BundledJson.tree("/samples/nis-2021-22-khulna-city-q4.json");
        ((ObjectNode) firstRowWith(doc, "১.৫").get("cells").get("annualTarget")).put("kind", "date");
        assertThat(SCHEMA.validate(doc)).isEmpty();
        assertThatThrownBy(() -> CODEC.read(doc.toString())).isInstanceOf(DocumentFormatException.class)
                .hasMessageContaining("annualTarget.kind");
    }

    private static JsonNode firstRowWith(JsonNode doc, String code) {
        for (JsonNode r : doc.get("sections").get("plan").get("rows")) {
            if (r.get("code").asText().equals(code)) {
                return r;
            }
        }
        throw new AssertionError("no row " + code);
    }

    private static TableRow row(TableContent table, String code) {
        return table.rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow(() -> new AssertionError("no row " + code));
    }
}
