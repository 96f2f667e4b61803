package org.lokkho.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.domain.calendar.Period;
import org.lokkho.domain.document.DocumentSettings.NotApplicablePolicy;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.scoring.GroupScore;
import org.lokkho.domain.scoring.ScoreReport;
import org.lokkho.domain.scoring.Scoring;
import org.lokkho.domain.template.ColumnTemplate;

/** The APA in the generic editor and its own tools (score, warnings, links, carry forward, charts), over a real H2 folder. */
class ApaEditorTest {
    static final String APA = "apa-2023-24-karaitoli-lcs";
    static final String NIS = "nis-2021-22-khulna-city-q4";

    @TempDir
    Path dir;
    UiFixture f;
    DocumentEditorModel e;

    @BeforeEach
    void open() throws Exception {
        f = new UiFixture(dir.resolve("data"));
        e = f.vm.openExample(APA);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private TableSectionModel table(String key) {
        return e.sections().stream().filter(s -> s.section().key().equals(key)).map(TableSectionModel.class::cast).findFirst().orElseThrow();
    }

    private static int lineOf(TableSectionModel t, String rowId) {
        for (int i = 0; i < t.lines().size(); i++) {
            if (t.lines().get(i).row().id().equals(rowId)) {
                return i;
            }
        }
        throw new AssertionError("no row " + rowId);
    }

    /** The sample's own indicators carry no weight or targets yet (as in the seed); give one a plan: 10 marks, 10…6. */
    private DisplayRow planned(TableSectionModel s3, String rowId) {
        DisplayRow row = s3.lines().get(lineOf(s3, rowId));
        String[][] plan = {{"weight", "১০"}, {"t100", "১০"}, {"t90", "৯"}, {"t80", "৮"}, {"t70", "৭"}, {"t60", "৬"}};
        for (String[] cell : plan) {
            assertThat(s3.edit(row, col(s3, cell[0]), cell[1])).isTrue();
        }
        return row;
    }

    private static ColumnTemplate col(TableSectionModel t, String key) {
        return t.columns().get(UiFixture.column(t, key));
    }

    @Test
    void everySectionOpensAndTheScoreIsOutOfHundred() {
        assertThat(e.sections()).extracting(s -> s.section().key()).contains("cover", "preamble", "section2", "section3",
                "annex2", "annex3", "annex8");
        assertThat(e.totalText()).endsWith("/ ১০০");
        assertThat(e.groupTexts()).hasSize(3);
        TableSectionModel s3 = table("section3");
        assertThat(s3.columns()).extracting(ColumnTemplate::key).contains("q1", "q4", "achieved", "rawScore", "score", "link");
        assertThat(s3.display(s3.lines().get(lineOf(s3, "ind-1-1-1")), col(s3, "indicator"))).startsWith("[১.১.১]");
    }

    @Test
    void aGroupRowEditsItsAreaTitleAndWeight() {
        TableSectionModel s3 = table("section3");
        DisplayRow area = s3.lines().get(lineOf(s3, "area-1"));
        assertThat(s3.display(area, col(s3, "area"))).isEqualTo("[১] রাজস্ব আহরণ জোরদারকরণ");
        assertThat(s3.display(area, col(s3, "areaWeight"))).isEqualTo("৫০");
        assertThat(s3.isEditable(area, col(s3, "areaWeight"))).isTrue();
        DisplayRow governance = s3.lines().get(lineOf(s3, "area-governance"));
        assertThat(s3.isEditable(governance, col(s3, "areaWeight"))).as("locked by the template").isFalse();
        assertThat(s3.isEditable(s3.lines().get(lineOf(s3, "ind-1-1-1")), col(s3, "areaWeight"))).isFalse();

        WarningsModel warnings = new WarningsModel(e);
        int before = warnings.items().size();
        assertThat(s3.edit(area, col(s3, "areaWeight"), "৫৫")).isTrue();
        assertThat(area.row().cell("areaWeight").number()).isEqualByComparingTo("55");
        assertThat(warnings.items().size()).isGreaterThan(before);
        WarningsModel.Item weight = warnings.items().stream().filter(w -> w.rowId().equals("area-1")).findFirst().orElseThrow();
        assertThat(weight.text()).contains("৫৫");
        WarningsModel.Target target = warnings.target(weight).orElseThrow();
        assertThat(target.table()).isSameAs(s3);
        assertThat(target.line()).isEqualTo(lineOf(s3, "area-1"));
        assertThat(s3.columns().get(target.column()).key()).isEqualTo("areaWeight");
        assertThat(f.context.documents().load(e.document().id()).orElseThrow().table("section3").rows().get(0)
                .cell("areaWeight").raw()).as("warnings do not block saving").isEqualTo("৫৫");
    }

    @Test
    void renumbersInThreeLevelsAndAnnexesFollowSectionThree() {
        TableSectionModel s3 = table("section3");
        TableSectionModel annex2 = table("annex2");
        int first = lineOf(s3, "ind-1-1-1");
        s3.moveRow(lineOf(s3, "ind-1-2-1"), -1);
        assertThat(s3.lines().get(first).row().id()).isEqualTo("ind-1-2-1");
        assertThat(s3.lines().get(first).row().code()).isEqualTo("[১.১.১]");
        DisplayRow copied = annex2.lines().get(lineOf(annex2, "ind-1-2-1"));
        assertThat(annex2.display(copied, col(annex2, "indicator"))).startsWith("[১.১.১]");
        assertThat(annex2.isEditable(copied, col(annex2, "indicator"))).as("copied column").isFalse();
        assertThat(annex2.isEditable(copied, col(annex2, "implementer"))).isTrue();
        assertThat(annex2.canChangeRow(0)).isFalse();
        // An indicator added to Section 3 under the same activity appears in Annex 2.
        int added = s3.addRow(first);
        s3.edit(s3.lines().get(added), col(s3, "indicator"), "নতুন সূচক");
        assertThat(s3.lines().get(added).row().code()).isEqualTo("[১.১.২]");
        String id = s3.lines().get(added).row().id();
        assertThat(annex2.display(annex2.lines().get(lineOf(annex2, id)), col(annex2, "indicator"))).isEqualTo("[১.১.২] নতুন সূচক");
    }

    @Test
    void annexThreeListsTheIndicatorsChosenForIt() {
        TableSectionModel annex3 = table("annex3");
        assertThat(DerivedChoiceModel.applies(annex3)).isTrue();
        assertThat(DerivedChoiceModel.applies(table("annex2"))).isFalse();
        DerivedChoiceModel choice = new DerivedChoiceModel(annex3);
        int rowsBefore = annex3.lines().size();
        DerivedChoiceModel.Candidate gov = choice.candidates().stream().filter(c -> c.rowId().equals("gov-grs")).findFirst().orElseThrow();
        assertThat(gov.label()).startsWith("[৩.৩.১]");
        int line = choice.choose(gov);
        assertThat(annex3.lines()).hasSize(rowsBefore + 1);
        DisplayRow added = annex3.lines().get(line);
        assertThat(added.row().id()).isEqualTo("gov-grs");
        assertThat(annex3.display(added, col(annex3, "activity"))).isNotEmpty();
        assertThat(choice.candidates()).extracting(DerivedChoiceModel.Candidate::rowId).doesNotContain("gov-grs");
        e.undo();
        assertThat(annex3.lines()).hasSize(rowsBefore);
        line = choice.choose(gov);
        assertThat(annex3.removeRow(line)).isTrue();
        assertThat(annex3.lines()).hasSize(rowsBefore);
    }

    @Test
    void otherFormsListTheirCellProblemsInTheSamePanel() throws Exception {
        DocumentEditorModel nis = f.vm.openExample(NIS);
        TableSectionModel plan = (TableSectionModel) nis.sections().get(0);
        WarningsModel warnings = new WarningsModel(nis);
        int before = warnings.items().size();
        ColumnTemplate target = plan.columns().stream().filter(c -> c.key().equals("annualTarget")).findFirst().orElseThrow();
        DisplayRow line = plan.lines().stream().filter(d -> d.half() == DisplayRow.Half.TARGET && plan.isEditable(d, target))
                .findFirst().orElseThrow();
        assertThat(plan.edit(line, target, "অনেক")).isTrue();
        assertThat(warnings.items()).hasSize(before + 1);
        WarningsModel.Item cell = warnings.items().stream().filter(w -> w.rowId().equals(line.row().id())).findFirst().orElseThrow();
        assertThat(cell.column()).isEqualTo("annualTarget");
        assertThat(cell.text()).contains("অনেক");
        assertThat(warnings.target(cell).orElseThrow().line()).isEqualTo(plan.firstLineOf(line.row()));
        nis.undo();
        assertThat(warnings.items()).hasSize(before);
    }

    @Test
    void warningsNameAColumnAsItsHeaderReadsWithTheYearFilledIn() throws Exception {
        DocumentEditorModel cca = f.vm.openExample("nis-2017-18-cca-office-plan");
        WarningsModel warnings = new WarningsModel(cca);
        assertThat(warnings.items()).extracting(WarningsModel.Item::text)
                .noneMatch(t -> t.contains("{"))
                .anyMatch(t -> t.contains("ভিত্তিবছর ২০১৬-২০১৭"));
    }

    @Test
    void aLinkToTheNisReportGivesTheGovernanceRowItsPercentage() throws Exception {
        long apaOffice = e.document().officeId();
        DocumentEditorModel nis = f.vm.openExample(NIS);
        FormDocument nisDoc = nis.document();
        nisDoc.setOfficeId(apaOffice);
        f.context.documents().save(nisDoc);
        BigDecimal nisPercent = nis.score().percent();
        e = f.vm.open(e.document().id());

        TableSectionModel s3 = table("section3");
        GovernanceLinksModel links = new GovernanceLinksModel(e, f.context.templates());
        DisplayRow gov = s3.lines().get(lineOf(s3, "gov-nis"));
        assertThat(links.expectedForm(s3, gov)).contains("nis");
        assertThat(links.expectedForm(s3, s3.lines().get(lineOf(s3, "ind-1-1-1")))).isEmpty();
        List<GovernanceLinksModel.Choice> choices = links.choices("nis");
        assertThat(choices).hasSize(2);
        assertThat(choices.get(0).isHandEntry()).isTrue();
        assertThat(choices.get(1).documentId()).isEqualTo(nisDoc.id());

        BigDecimal before = e.score().row("gov-nis").orElseThrow().obtained();
        assertThat(links.choose(s3, gov, choices.get(1))).isTrue();
        assertThat(gov.row().cell("link").raw()).isEqualTo("link:nis:" + nisDoc.id());
        assertThat(s3.display(gov, col(s3, "link"))).isEqualTo("NIS দলিল #" + org.lokkho.domain.text.BengaliDigits.format(nisDoc.id()));
        assertThat(s3.editText(gov, col(s3, "link"))).isEqualTo("link:nis:" + nisDoc.id());
        assertThat(links.current(gov.row())).isEqualTo(nisDoc.id());
        assertThat(e.score().row("gov-nis").orElseThrow().achieved().number()).isEqualByComparingTo(nisPercent);
        assertThat(e.score().row("gov-nis").orElseThrow().obtained()).isNotEqualByComparingTo(before);
        assertThat(s3.display(gov, col(s3, "rawScore"))).isNotEmpty();

        assertThat(links.choose(s3, gov, choices.get(0))).isTrue();
        assertThat(gov.row().cell("link").raw()).isEqualTo("link:nis");
        assertThat(e.score().row("gov-nis").orElseThrow().obtained()).isEqualByComparingTo(before);
    }

    @Test
    void settingsChangeTheScoreAndUndo() {
        TableSectionModel s3 = table("section3");
        DisplayRow row = planned(s3, "ind-1-1-1");
        TableRow r = row.row();
        // Between the 90 % and 80 % targets: interpolation and step differ.
        s3.edit(row, col(s3, "q4"), "৮.৫");
        BigDecimal interpolated = e.score().row(r.id()).orElseThrow().obtained();
        ScoreSettingsModel settings = new ScoreSettingsModel(e);
        assertThat(settings.apply(true, NotApplicablePolicy.FULL_MARKS)).isTrue();
        assertThat(e.document().settings().stepScoring()).isTrue();
        BigDecimal step = e.score().row(r.id()).orElseThrow().obtained();
        assertThat(step).isLessThan(interpolated);
        e.undo();
        assertThat(e.document().settings().stepScoring()).isFalse();
        assertThat(e.score().row(r.id()).orElseThrow().obtained()).isEqualByComparingTo(interpolated);
    }

    @Test
    void carryForwardCreatesNextYearWithActualsMoved() throws Exception {
        TableSectionModel s3 = table("section3");
        DisplayRow row = planned(s3, "ind-1-1-1");
        String lastActual = row.row().cell("actualFy1").raw();
        s3.edit(row, col(s3, "q1"), "২");
        s3.edit(row, col(s3, "q2"), "৩");
        long oldId = e.document().id();
        int documents = f.vm.documents().size();

        DocumentEditorModel next = CarryForwardModel.nextYear(f.vm);
        assertThat(f.vm.editor()).isSameAs(next);
        assertThat(next.document().id()).isNotEqualTo(oldId);
        assertThat(next.document().fiscalYear().code()).isEqualTo("2024-25");
        assertThat(f.vm.documents()).hasSize(documents + 1);
        TableRow carried = next.document().table("section3").rows().stream().filter(x -> x.id().equals("ind-1-1-1")).findFirst().orElseThrow();
        assertThat(carried.cell("actualFy2").raw()).isEqualTo(lastActual);
        assertThat(carried.cell("actualFy1").number()).isEqualByComparingTo("5");
        assertThat(carried.cell("q1").isBlank()).isTrue();
        assertThat(f.context.documents().load(next.document().id())).isPresent();
        assertThat(f.vm.statusProperty().get()).contains("২০২৪-২৫");
    }

    @Test
    void chartSeriesAreTheScoreReportsGroupsAndQuarters() {
        TableSectionModel s3 = table("section3");
        DisplayRow row = planned(s3, "ind-1-1-1");
        s3.edit(row, col(s3, "q1"), "৬");
        s3.edit(row, col(s3, "q3"), "৩");
        ScoreChartModel chart = new ScoreChartModel(e, f.vm.services().scorer());
        List<ScoreChartModel.Bar> areas = chart.areas();
        List<GroupScore> groups = e.score().groups();
        assertThat(areas).hasSize(groups.size());
        for (int i = 0; i < groups.size(); i++) {
            assertThat(areas.get(i).obtained()).isEqualByComparingTo(groups.get(i).obtained());
            assertThat(areas.get(i).max()).isEqualByComparingTo(groups.get(i).max());
            assertThat(areas.get(i).label()).contains(groups.get(i).title());
        }
        List<ScoreChartModel.Bar> quarters = chart.quarters();
        assertThat(quarters).extracting(ScoreChartModel.Bar::label).containsExactly("১ম কোয়ার্টার", "২য় কোয়ার্টার",
                "৩য় কোয়ার্টার", "৪র্থ কোয়ার্টার");
        Period[] periods = {Period.Q1, Period.Q2, Period.Q3, Period.Q4};
        for (int i = 0; i < 4; i++) {
            FormDocument asOf = e.document().copy();
            asOf.setPeriod(periods[i]);
            ScoreReport expected = Scoring.score(e.template(), asOf);
            assertThat(quarters.get(i).obtained()).isEqualByComparingTo(expected.total());
            assertThat(quarters.get(i).max()).isEqualByComparingTo("100");
        }
        assertThat(quarters.get(0).obtained()).isPositive();
        assertThat(quarters.get(2).obtained()).isGreaterThan(quarters.get(0).obtained());
    }

    @Test
    void evidenceAttachedToARowIsListedAndRemoved() throws Exception {
        TableSectionModel s3 = table("section3");
        TableRow row = s3.lines().get(lineOf(s3, "ind-1-1-1")).row();
        Path file = dir.resolve("রসিদ.pdf");
        Files.writeString(file, "%PDF-1.4 test");
        EvidenceModel evidence = new EvidenceModel(f.vm.services().evidence(), e.document().id(), row, e.messages());
        evidence.attach(file, "Q2");
        assertThat(evidence.files()).hasSize(1);
        assertThat(evidence.describe(evidence.files().get(0))).contains("Q২").contains("রসিদ.pdf");
        assertThat(Files.exists(evidence.path(evidence.files().get(0)))).isTrue();
        evidence.load("Q1");
        assertThat(evidence.files()).isEmpty();
        evidence.load(null);
        evidence.remove(evidence.files().get(0));
        evidence.load(null);
        assertThat(evidence.files()).isEmpty();
    }
}
