package org.lokkho.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lokkho.domain.cell.CellParser;
import org.lokkho.domain.cell.CellValue;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.i18n.Problem;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.SectionTemplate;
import org.lokkho.io.TemplateCatalog;

class CellValidatorTest {
    static final FormTemplate NIS = TemplateCatalog.bundled().latest("nis-2021-22").orElseThrow();
    static final SectionTemplate PLAN = NIS.section("plan").orElseThrow();
    private final CellValidator validator = CellValidator.of(NIS, PLAN);

    /** A complete, valid count row; tests then spoil one cell. */
    static TableRow row() {
        TableRow r = TableRow.item();
        set(r, "activity", "নৈতিকতা কমিটির সভা আয়োজন");
        set(r, "indicator", "সভা আয়োজিত");
        set(r, "weight", "৪");
        set(r, "unit", "সংখ্যা");
        set(r, "annualTarget", "৪");
        return r;
    }

    static void set(TableRow r, String column, String raw) {
        r.setCell(column, CellParser.parse(raw, PLAN.column(column).orElseThrow().type()).value());
    }

    static void achieved(TableRow r, String column, String raw) {
        r.setAchieved(column, CellParser.parse(raw, PLAN.column(column).orElseThrow().type()).value());
    }

    private Optional<Problem> check(TableRow r, String column, CellHalf half) {
        return validator.check(r, column, half);
    }

    @Test
    void aGoodRowHasNoProblems() {
        TableRow r = row();
        achieved(r, "q1", "১");
        achieved(r, "q2", "-");
        for (var c : PLAN.columns()) {
            assertThat(check(r, c.key(), CellHalf.TARGET)).as(c.key()).isEmpty();
            assertThat(check(r, c.key(), CellHalf.ACHIEVED)).as(c.key()).isEmpty();
        }
    }

    @Test
    void parseErrorsComeFromTheParser() {
        TableRow r = row();
        r.setCell("weight", CellValue.text("চার"));
        assertThat(check(r, "weight", CellHalf.TARGET)).hasValueSatisfying(p -> {
            assertThat(p.key()).isEqualTo("cell.error.notNumber");
            assertThat(p.isError()).isTrue();
        });
        achieved(r, "q3", "৩১/০২/২২");
        assertThat(check(r, "q3", CellHalf.ACHIEVED)).map(Problem::key).contains("cell.error.noSuchDate");
        assertThat(check(r, "q3", CellHalf.TARGET)).isEmpty();
    }

    @Test
    void requiredCellsOnItemRowsOnly() {
        TableRow r = row();
        r.setCell("annualTarget", CellValue.BLANK);
        assertThat(check(r, "annualTarget", CellHalf.TARGET)).map(Problem::key).contains("cell.error.required");
        assertThat(check(r, "responsible", CellHalf.TARGET)).isEmpty();
        assertThat(check(r, "q1", CellHalf.ACHIEVED)).as("achievements may stay blank").isEmpty();
        TableRow group = TableRow.group("প্রাতিষ্ঠানিক ব্যবস্থা");
        assertThat(check(group, "activity", CellHalf.TARGET)).isEmpty();
    }

    @Test
    void notApplicableNeedsARemark() {
        TableRow r = row();
        achieved(r, "q4", "প্রযোজ্য নয়");
        assertThat(check(r, "q4", CellHalf.ACHIEVED)).hasValueSatisfying(p -> {
            assertThat(p.key()).isEqualTo("cell.error.notApplicableNeedsRemark");
            assertThat(p.isError()).isTrue();
        });
        set(r, "remarks", "কোন গাড়ী ক্রয় করা হয়নি");
        assertThat(check(r, "q4", CellHalf.ACHIEVED)).isEmpty();
        set(r, "annualTarget", "প্রযোজ্য নয়");
        assertThat(check(r, "annualTarget", CellHalf.TARGET)).isEmpty();
        set(r, "remarks", "  ");
        assertThat(check(r, "annualTarget", CellHalf.TARGET)).map(Problem::key).contains("cell.error.notApplicableNeedsRemark");
    }

    @Test
    void valueKindContradictingTheUnitIsAWarning() {
        TableRow pct = row();
        set(pct, "unit", "%");
        set(pct, "annualTarget", "১০০%");
        achieved(pct, "q1", "৩০/০৬/২২");
        assertThat(check(pct, "q1", CellHalf.ACHIEVED)).hasValueSatisfying(p -> {
            assertThat(p.key()).isEqualTo("cell.warning.unitMismatch");
            assertThat(p.isError()).isFalse();
            assertThat(p.args()).containsExactly("৩০/০৬/২২", "%");
        });
        assertThat(check(pct, "annualTarget", CellHalf.TARGET)).isEmpty();
        achieved(pct, "q2", "৯০");
        assertThat(check(pct, "q2", CellHalf.ACHIEVED)).as("a bare number in a % row is fine").isEmpty();

        TableRow date = row();
        set(date, "unit", "তারিখ");
        set(date, "annualTarget", "৪");
        assertThat(check(date, "annualTarget", CellHalf.TARGET)).map(Problem::key).contains("cell.warning.unitMismatch");
        set(date, "annualTarget", "তারিখ ৩০/৬/২২");
        assertThat(check(date, "annualTarget", CellHalf.TARGET)).isEmpty();

        TableRow count = row();
        achieved(count, "q1", "৫০%");
        assertThat(check(count, "q1", CellHalf.ACHIEVED)).map(Problem::key).contains("cell.warning.unitMismatch");
        set(count, "annualTarget", "০৩ ৩০/০৬/২২");
        assertThat(check(count, "annualTarget", CellHalf.TARGET)).as("count with deadline").isEmpty();
        achieved(count, "q2", "-");
        assertThat(check(count, "q2", CellHalf.ACHIEVED)).as("'-' fits every unit").isEmpty();
    }

    @Test
    void unknownUnitsAndUnknownColumnsAreNotJudged() {
        TableRow r = row();
        set(r, "unit", "দিন");
        achieved(r, "q1", "৩০/০৬/২২");
        assertThat(check(r, "q1", CellHalf.ACHIEVED)).isEmpty();
        assertThat(check(r, "nope", CellHalf.TARGET)).isEmpty();
        assertThat(check(r, "remarks", CellHalf.ACHIEVED)).as("unpaired column has no achievement half").isEmpty();
    }

    @Test
    void derivedColumnsAreNeverJudged() {
        TableRow r = row();
        r.setCell("score", CellValue.text("অনেক"));
        assertThat(check(r, "score", CellHalf.TARGET)).isEmpty();
    }

    @Test
    void explicitColumnsWorkForSectionsWithoutScoring() {
        CellValidator plain = new CellValidator(PLAN, null, null);
        TableRow r = row();
        set(r, "unit", "%");
        achieved(r, "q1", "প্রযোজ্য নয়");
        achieved(r, "q2", "৩০/০৬/২২");
        assertThat(plain.check(r, "q1", CellHalf.ACHIEVED)).isEmpty();
        assertThat(plain.check(r, "q2", CellHalf.ACHIEVED)).isEmpty();
        assertThat(List.of(CellHalf.values())).hasSize(2);
    }
}
