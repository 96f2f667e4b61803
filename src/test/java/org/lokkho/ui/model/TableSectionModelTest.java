package org.lokkho.ui.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lokkho.ui.model.DisplayRow.Half.ACHIEVED;
import static org.lokkho.ui.model.DisplayRow.Half.GROUP;
import static org.lokkho.ui.model.DisplayRow.Half.TARGET;
import static org.lokkho.ui.model.UiFixture.column;
import static org.lokkho.ui.model.UiFixture.line;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.AppContext;
import org.lokkho.domain.cell.CellKind;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.TableContent;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.domain.template.ColumnTemplate;

/** The table editor's view model over the NIS 2021-22 example in a real H2 data folder; no JavaFX toolkit. */
class TableSectionModelTest {
    @TempDir
    Path dir;
    UiFixture f;
    TableSectionModel t;

    @BeforeEach
    void openExample() throws Exception {
        f = new UiFixture(dir);
        f.vm.openExample();
        t = f.plan();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private ColumnTemplate col(String key) {
        return t.columns().get(column(t, key));
    }

    @Test
    void showsTheExampleAsGroupsAndTargetAchievedPairsWithTheTotal() {
        assertThat(t.lines().get(0).half()).isEqualTo(GROUP);
        assertThat(t.display(t.lines().get(0), t.groupColumn())).isEqualTo("১. প্রাতিষ্ঠানিক ব্যবস্থা");
        int target = line(t, "১.১", TARGET);
        assertThat(t.lines().get(target + 1).half()).isEqualTo(ACHIEVED);
        assertThat(t.display(t.lines().get(target), col("activity"))).isEqualTo("১.১ নৈতিকতা কমিটির সভা আয়োজন");
        assertThat(t.display(t.lines().get(target), col("rowType"))).isEqualTo("লক্ষ্যমাত্রা");
        assertThat(t.display(t.lines().get(target + 1), col("rowType"))).isEqualTo("অর্জন");
        assertThat(t.display(t.lines().get(target + 1), col("score"))).isEqualTo("৪.০০");
        assertThat(f.vm.editor().totalText()).isEqualTo("মোট: ৪০.৮৩ / ৫০");
        assertThat(f.vm.editor().groupTexts()).hasSize(3).first().asString().startsWith("১. প্রাতিষ্ঠানিক ব্যবস্থা: ");
    }

    @Test
    void weightsThatNoLongerAddUpAreNoted() {
        assertThat(f.vm.editor().scoreNotes()).isEmpty();
        int newLine = t.addRow(line(t, "১.১", ACHIEVED));
        t.edit(t.lines().get(newLine), col("weight"), "৩");
        assertThat(f.vm.editor().scoreNotes()).isNotEmpty().allMatch(n -> !n.startsWith("score.note"));
    }

    @Test
    void whatMayBeEditedFollowsTheTemplate() {
        DisplayRow target = t.lines().get(line(t, "১.১", TARGET));
        DisplayRow achieved = t.lines().get(line(t, "১.১", ACHIEVED));
        assertThat(t.isEditable(target, col("activity"))).as("locked prescribed wording").isFalse();
        assertThat(t.isEditable(target, col("responsible"))).isTrue();
        assertThat(t.isEditable(target, col("q1"))).isTrue();
        assertThat(t.isEditable(achieved, col("q1"))).as("paired column, achieved half").isTrue();
        assertThat(t.isEditable(achieved, col("responsible"))).as("unpaired column only on the first line").isFalse();
        assertThat(t.isEditable(achieved, col("score"))).as("derived").isFalse();
        assertThat(t.isEditable(target, col("rowType"))).isFalse();
        assertThat(t.isEditable(t.lines().get(0), t.groupColumn())).as("fixed group heading").isFalse();
    }

    @Test
    void anEditIsInTheStoreAtOnceAndRescoresLive() {
        int a = line(t, "১.১", ACHIEVED);
        assertThat(t.edit(t.lines().get(a), col("q4"), "-")).isTrue();
        assertThat(t.display(t.lines().get(a), col("score"))).isEqualTo("৩.০০");
        assertThat(f.vm.editor().totalText()).isEqualTo("মোট: ৩৯.৮৩ / ৫০");
        long id = f.vm.editor().document().id();
        String rowId = t.lines().get(a).row().id();
        f.close();
        try (AppContext again = new AppContext(dir)) {
            FormDocument stored = again.documents().load(id).orElseThrow();
            TableRow row = ((TableContent) stored.section("plan")).rows().stream().filter(r -> r.id().equals(rowId)).findFirst().orElseThrow();
            assertThat(row.achieved("q4").kind()).isEqualTo(CellKind.NONE);
            assertThat(row.cell("q4").raw()).isEqualTo("১");
        }
        f = new UiFixture(dir);
    }

    @Test
    void invalidTextIsKeptAndExplainedInTheUiLanguage() {
        DisplayRow target = t.lines().get(line(t, "১.১", TARGET));
        t.edit(target, col("annualTarget"), "অনেক");
        assertThat(target.row().cell("annualTarget").raw()).isEqualTo("অনেক");
        assertThat(t.mark(target, col("annualTarget"))).isEqualTo(TableSectionModel.Mark.ERROR);
        assertThat(t.problem(target, col("annualTarget"))).contains(Messages.bengali().get("cell.error.notValue", "অনেক"));
        t.edit(target, col("annualTarget"), "৪");
        assertThat(t.problem(target, col("annualTarget"))).isEmpty();
    }

    @Test
    void notApplicableNeedsAReasonInTheRemarks() {
        DisplayRow target = t.lines().get(line(t, "১.১", TARGET));
        t.edit(target, col("annualTarget"), "প্রযোজ্য নয়");
        assertThat(t.problem(target, col("annualTarget"))).contains(Messages.bengali().get("cell.error.notApplicableNeedsRemark"));
        t.edit(target, col("remarks"), "কমিটি গঠিত হয়নি");
        assertThat(t.problem(target, col("annualTarget"))).isEmpty();
    }

    @Test
    void undoAndRedoCellEditsAndRowOperations() {
        DocumentEditorModel e = f.vm.editor();
        DisplayRow target = t.lines().get(line(t, "১.১", TARGET));
        t.edit(target, col("responsible"), "সচিব");
        int lines = t.lines().size();
        t.addRow(line(t, "১.১", ACHIEVED));
        assertThat(t.lines()).hasSize(lines + 2);
        assertThat(e.undo()).isTrue();
        assertThat(t.lines()).hasSize(lines);
        assertThat(e.undo()).isTrue();
        assertThat(target.row().cell("responsible").raw()).isEqualTo("প্রধান নির্বাহী কর্মকর্তা");
        assertThat(e.redo()).isTrue();
        assertThat(target.row().cell("responsible").raw()).isEqualTo("সচিব");
        assertThat(e.redo()).isTrue();
        assertThat(t.lines()).hasSize(lines + 2);
        assertThat(e.redo()).isFalse();
    }

    @Test
    void addedAndMovedRowsAreRenumbered() {
        int newLine = t.addRow(line(t, "১.১", ACHIEVED));
        TableRow added = t.lines().get(newLine).row();
        assertThat(added.code()).isEqualTo("১.২");
        assertThat(t.lines().get(line(t, "১.৩", TARGET)).row().cell("activity").raw()).isEqualTo("নৈতিকতা কমিটির সভার সিদ্ধান্ত বাস্তবায়ন");
        int moved = t.moveRow(newLine, -1);
        assertThat(added.code()).isEqualTo("১.১");
        assertThat(t.lines().get(moved).row()).isSameAs(added);
        assertThat(t.removeRow(line(t, "১.২", TARGET))).as("prescribed rows stay").isFalse();
        assertThat(t.removeRow(moved)).isTrue();
        assertThat(t.lines().get(line(t, "১.১", TARGET)).row().cell("activity").raw()).isEqualTo("নৈতিকতা কমিটির সভা আয়োজন");
        int group = t.addGroup(t.lines().size() - 1);
        assertThat(t.display(t.lines().get(group), t.groupColumn())).isEqualTo("৪. নতুন অংশ");
    }

    @Test
    void pastesASpreadsheetBlockOverTargetAndAchievedLinesAsOneUndoStep() {
        int start = line(t, "১.৪", TARGET);
        int q1 = column(t, "q1");
        int changed = t.paste(start, q1, "1\t2\n3\t4\n");
        TableRow row = t.lines().get(start).row();
        assertThat(changed).isEqualTo(4);
        assertThat(row.cell("q1").raw()).isEqualTo("1");
        assertThat(row.cell("q2").raw()).isEqualTo("2");
        assertThat(row.achieved("q1").raw()).isEqualTo("3");
        assertThat(row.achieved("q2").raw()).isEqualTo("4");
        assertThat(t.copy(start, q1, start + 1, q1 + 1)).isEqualTo("1\t2\n3\t4\n");
        f.vm.editor().undo();
        assertThat(row.cell("q1").raw()).isEqualTo("-");
        assertThat(row.achieved("q1").isBlank()).isTrue();
    }

    @Test
    void pastingPastTheLastRowAddsRows() {
        int rows = t.lines().size();
        int last = rows - 1;
        t.paste(last, column(t, "responsible"), "ক\nখ\nগ\n");
        assertThat(t.lines().size()).isEqualTo(rows + 2);
        assertThat(t.lines().get(rows).row().cell("responsible").raw()).isEqualTo("খ");
    }

    @Test
    void deleteClearsTheEditableCellsOfABlockOnly() {
        int target = line(t, "১.১", TARGET);
        java.util.List<int[]> block = java.util.List.of(
                new int[] {target, column(t, "activity")}, new int[] {target, column(t, "responsible")},
                new int[] {target + 1, column(t, "q1")}, new int[] {target + 1, column(t, "score")});
        t.clear(block);
        TableRow row = t.lines().get(target).row();
        assertThat(row.cell("activity").raw()).as("locked").isEqualTo("নৈতিকতা কমিটির সভা আয়োজন");
        assertThat(row.cell("responsible").isBlank()).isTrue();
        assertThat(row.achieved("q1").isBlank()).isTrue();
        f.vm.editor().undo();
        assertThat(row.cell("responsible").raw()).isEqualTo("প্রধান নির্বাহী কর্মকর্তা");
        assertThat(row.achieved("q1").raw()).isEqualTo("১");
    }

    @Test
    void aStoreFailureIsShownNotThrown() {
        f.context.close();
        DisplayRow target = t.lines().get(line(t, "১.১", TARGET));
        t.edit(target, col("responsible"), "সচিব");
        assertThat(f.vm.statusProperty().get()).startsWith("পরিবর্তন সংরক্ষণ করা যায়নি");
        f = new UiFixture(dir);
    }
}
