package org.lokkho.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lokkho.domain.calendar.FiscalYear;
import org.lokkho.domain.calendar.Period;
import org.lokkho.domain.document.DocumentFactory;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.ScoringSpec;

class ScoringTest {
    private static FormTemplate withScoring(ScoringSpec spec) {
        FormTemplate t = NisTable.TEMPLATE;
        return new FormTemplate("x", t.form(), 1, t.fiscalYear(), t.title(), t.orientation(), t.titleLines(), t.sections(), spec, true);
    }

    private static FormDocument doc(FormTemplate t) {
        return DocumentFactory.create(t, 1, FiscalYear.parse("2021-22"), Period.ANNUAL);
    }

    @Test
    void unscoredTemplateGivesAnEmptyReport() {
        FormTemplate t = withScoring(null);
        ScoreReport r = Scoring.score(t, doc(t));
        assertThat(r.rows()).isEmpty();
        assertThat(r.groups()).isEmpty();
        assertThat(r.total()).isEqualByComparingTo("0");
        assertThat(r.max()).isEqualByComparingTo("0");
        assertThat(r.percent()).isEqualByComparingTo("0");
    }

    @Test
    void unknownRuleIsAClearError() {
        FormTemplate t = withScoring(new ScoringSpec("magic", "plan", BigDecimal.TEN, Map.of(), Map.of()));
        assertThatThrownBy(() -> Scoring.score(t, doc(t)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'magic'").hasMessageContaining("template x");
    }

    @Test
    void aNewDocumentScoresItsPresetRowsAsZero() {
        FormDocument d = doc(NisTable.TEMPLATE);
        ScoreReport r = Scoring.score(NisTable.TEMPLATE, d);
        assertThat(r.rows()).hasSize(d.table("plan").items().size());
        assertThat(r.total()).isEqualByComparingTo("0");
        assertThat(r.max()).isEqualByComparingTo("50");
    }

    @Test
    void missingSectionInTheDocumentScoresNothing() {
        FormDocument d = doc(NisTable.TEMPLATE);
        d.putSection("plan", new org.lokkho.domain.document.TextContent(""));
        ScoreReport r = Scoring.score(NisTable.TEMPLATE, d);
        assertThat(r.rows()).isEmpty();
        assertThat(r.max()).isEqualByComparingTo("50");
    }

    @Test
    void withoutATemplateMaximumTheWeightsAreTheMaximum() {
        ScoringSpec nis = NisTable.TEMPLATE.scoring();
        FormTemplate t = withScoring(new ScoringSpec(nis.rule(), nis.section(), null, nis.columns(), nis.options()));
        FormDocument d = doc(t);
        ScoreReport r = Scoring.score(t, d);
        assertThat(r.max()).isEqualByComparingTo("4");
        assertThat(r.notes()).isEmpty();
    }

    @Test
    void aScoringSectionTheTemplateLacksIsATemplateBug() {
        ScoringSpec nis = NisTable.TEMPLATE.scoring();
        FormTemplate t = withScoring(new ScoringSpec(nis.rule(), "nope", nis.max(), nis.columns(), nis.options()));
        assertThatThrownBy(() -> Scoring.score(t, doc(t))).isInstanceOf(IllegalStateException.class).hasMessageContaining("nope");
    }
}
