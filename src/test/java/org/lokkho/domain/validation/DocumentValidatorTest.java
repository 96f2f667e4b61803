package org.lokkho.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lokkho.domain.validation.CellValidatorTest.NIS;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lokkho.domain.calendar.FiscalYear;
import org.lokkho.domain.calendar.Period;
import org.lokkho.domain.cell.CellValue;
import org.lokkho.domain.document.DocumentFactory;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.TableRow;

class DocumentValidatorTest {
    private static FormDocument doc() {
        FormDocument d = DocumentFactory.create(NIS, 1, FiscalYear.parse("2021-22"), Period.Q4);
        d.table("plan").rows().clear();
        return d;
    }

    @Test
    void locatesEveryProblemInTableOrder() {
        FormDocument d = doc();
        List<TableRow> rows = d.table("plan").rows();
        rows.add(TableRow.group("প্রাতিষ্ঠানিক ব্যবস্থা"));
        TableRow a = CellValidatorTest.row();
        a.setCell("weight", CellValue.text("চার"));
        CellValidatorTest.achieved(a, "q2", "প্রযোজ্য নয়");
        rows.add(a);
        TableRow b = CellValidatorTest.row();
        b.setCell("indicator", CellValue.BLANK);
        CellValidatorTest.achieved(b, "q1", "১০০%");
        rows.add(b);

        List<LocatedProblem> problems = DocumentValidator.validate(NIS, d);

        assertThat(problems).extracting(p -> p.row() + ":" + p.column() + ":" + p.half() + ":" + p.problem().key())
                .containsExactly(
                        "2:weight:TARGET:cell.error.notNumber",
                        "2:q2:ACHIEVED:cell.error.notApplicableNeedsRemark",
                        "3:indicator:TARGET:cell.error.required",
                        "3:q1:ACHIEVED:cell.warning.unitMismatch",
                        "0:weight:TARGET:score.note.weightsMismatch");
        assertThat(problems).allSatisfy(p -> assertThat(p.section()).isEqualTo("plan"));
        assertThat(problems.get(4).problem().args()).containsExactly("৪", "৫০");
        assertThat(problems.get(3).isError()).isFalse();
        assertThat(problems.get(0).isError()).isTrue();
    }

    @Test
    void aCompleteDocumentWhoseWeightsAddUpIsClean() {
        FormDocument d = doc();
        for (int i = 0; i < 5; i++) {
            TableRow r = CellValidatorTest.row();
            CellValidatorTest.set(r, "weight", "১০");
            CellValidatorTest.achieved(r, "q1", "২");
            d.table("plan").rows().add(r);
        }
        assertThat(DocumentValidator.validate(NIS, d)).isEmpty();
    }

    @Test
    void theNewDocumentPresetIsOnlyShortOfWeights() {
        FormDocument d = DocumentFactory.create(NIS, 1, FiscalYear.parse("2021-22"), Period.Q1);
        assertThat(DocumentValidator.validate(NIS, d)).extracting(p -> p.problem().key())
                .containsOnly("cell.error.required", "score.note.weightsMismatch");
    }
}
