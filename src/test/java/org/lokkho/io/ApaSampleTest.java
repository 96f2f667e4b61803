package org.lokkho.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lokkho.domain.calendar.FiscalYear;
import org.lokkho.domain.document.DerivedTables;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.domain.scoring.Scoring;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.validation.ApaValidator;
import org.lokkho.domain.validation.ValidationWarning;

/** The Karaitoli LCS APA 2023-24 (seed D0) as a bundled sample: it loads, is canonical, and warns where D0 is wrong. */
class ApaSampleTest {
    private static final TemplateCatalog CATALOG = TemplateCatalog.bundled();
    private static final FormTemplate APA = CATALOG.latest("apa-2023-24-field").orElseThrow();
    private final DocumentJson json = new DocumentJson(CATALOG);

    private static String resource(String path) throws Exception {
        try (InputStream in = ApaSampleTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private DocumentJson.Imported sample() throws Exception {
        return json.read(resource("/samples/apa-2023-24-karaitoli-lcs.json"));
    }

    @Test
    void theSampleIsListedLoadsAndIsWrittenCanonically() throws Exception {
        assertThat(resource("/samples/index.json")).contains("\"apa-2023-24-karaitoli-lcs.json\"");
        String text = resource("/samples/apa-2023-24-karaitoli-lcs.json");
        DocumentJson.Imported in = json.read(text);
        assertThat(json.write(in.document(), in.office()) + "\n").isEqualTo(text);
        FormDocument doc = in.document();
        assertThat(doc.fiscalYear()).isEqualTo(FiscalYear.parse("২০২৩-২৪"));
        assertThat(doc.title()).startsWith("বার্ষিক কর্মসম্পাদন চুক্তি ২০২৩-২৪");
        assertThat(doc.table("section3").items()).hasSize(20);
        assertThat(doc.table("annex1").rows()).hasSize(5);
    }

    @Test
    void annexesTwoAndThreeAreExactlyWhatSectionThreeGenerates() throws Exception {
        FormDocument doc = sample().document();
        FormDocument regenerated = DerivedTables.refreshed(APA, doc);
        for (String annex : List.of("annex2", "annex3")) {
            List<TableRow> stored = doc.table(annex).rows();
            List<TableRow> generated = regenerated.table(annex).rows();
            assertThat(generated).extracting(TableRow::id).containsExactlyElementsOf(stored.stream().map(TableRow::id).toList());
            for (int i = 0; i < stored.size(); i++) {
                assertThat(generated.get(i).cells()).as(annex + " row " + i).isEqualTo(stored.get(i).cells());
            }
        }
        assertThat(doc.table("annex2").rows().get(11).cell("indicator").raw()).isEqualTo("[২.৪.১] রাজস্ব আদায়: কাস্টমস ডিউটি");
    }

    @Test
    void theValidatorFindsD0sKnownInconsistenciesAndNothingElse() throws Exception {
        FormDocument doc = sample().document();
        List<ValidationWarning> warnings = new ApaValidator(APA).validate(doc);
        List<String> unweighted = List.of("[১.১.১]", "[১.২.১]", "[১.৩.১]", "[১.৪.১]", "[১.৫.১]", "[১.৬.১]", "[১.৭.১]", "[১.৮.১]");
        var expected = new java.util.ArrayList<org.assertj.core.groups.Tuple>();
        unweighted.forEach(code -> expected.add(tuple(code, "weight", "apa.warn.missing")));
        expected.add(tuple("[১]", "areaWeight", "apa.warn.areaWeights"));
        expected.add(tuple("[২.১.১]", "unit", "apa.warn.missing"));
        expected.add(tuple("[২.১.১]", "method", "apa.warn.missing"));
        expected.add(tuple("[২.১.১]", "weight", "apa.warn.missing"));
        expected.add(tuple("[২.৪.১]", "t100", "apa.warn.notMonotonicHigher"));
        expected.add(tuple("[২]", "areaWeight", "apa.warn.areaWeights"));
        assertThat(warnings).extracting(ValidationWarning::rowCode, ValidationWarning::column, w -> w.problem().key())
                .containsExactlyElementsOf(expected);
        assertThat(warnings.get(warnings.size() - 1).render(Messages.english(), APA))
                .endsWith("The indicator weights add up to 21, but the area weight is 20.");
    }

    @Test
    void anAgreementWithoutAchievementsScoresNothingYet() throws Exception {
        FormDocument doc = sample().document();
        var report = Scoring.score(APA, doc);
        assertThat(report.rule()).isEqualTo("apa-levels");
        assertThat(report.total()).isEqualByComparingTo("0");
        assertThat(report.groups()).extracting(g -> g.code()).containsExactly("[১]", "[২]", "[৩]");
    }
}
