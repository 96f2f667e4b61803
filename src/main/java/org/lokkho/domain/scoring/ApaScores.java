package org.lokkho.domain.scoring;

import java.math.BigDecimal;
import java.util.Map;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.template.FormTemplate;

/** Values of the APA's derived columns that a {@link ScoreReport} does not hold: the raw score r per indicator. */
public final class ApaScores {
    private ApaScores() {
    }

    /**
     * r in percent (0…100, two decimals; the "raw" derived column) of every indicator of an "apa-levels" document,
     * by row id, computed exactly as {@link Scoring#score(FormTemplate, FormDocument, LinkedScores)} does (not from
     * the rounded marks). Rows left out as not applicable have no entry.
     */
    public static Map<String, BigDecimal> rawPercents(FormTemplate template, FormDocument doc, LinkedScores linked) {
        if (template.scoring() == null || !ApaLevelsRule.RULE.equals(template.scoring().rule())) {
            throw new IllegalArgumentException("template " + template.id() + " is not scored by " + ApaLevelsRule.RULE);
        }
        ApaLevelsRule rule = new ApaLevelsRule(template, doc, linked);
        rule.score(doc);
        return rule.rawPercents();
    }
}
