package org.lokkho.domain.scoring;

import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.ScoringSpec;

/**
 * The one entry point for scores, used by the editor, the CLI and the PDF: the template names the rule set
 * (code), the document supplies values, period and the evaluator's settings. Pure: nothing is written back.
 */
public final class Scoring {
    private Scoring() {
    }

    public static ScoreReport score(FormTemplate template, FormDocument document) {
        return score(template, document, LinkedScores.NONE);
    }

    /** As {@link #score(FormTemplate, FormDocument)}, with linked documents' scores for rows that take them (APA). */
    public static ScoreReport score(FormTemplate template, FormDocument document, LinkedScores linked) {
        ScoringSpec spec = template.scoring();
        if (spec == null) {
            return ScoreReport.unscored();
        }
        String rule = spec.rule() == null ? "" : spec.rule();
        if (NisProportionalRule.RULE.equals(rule)) {
            return new NisProportionalRule(template, document).score(document);
        }
        if (ApaLevelsRule.RULE.equals(rule)) {
            return new ApaLevelsRule(template, document, linked).score(document);
        }
        throw new IllegalStateException("template " + template.id() + " asks for scoring rule '" + rule
                + "', which this version of Lokkho does not know (known: " + NisProportionalRule.RULE + ", " + ApaLevelsRule.RULE + ")");
    }
}
