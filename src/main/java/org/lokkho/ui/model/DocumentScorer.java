package org.lokkho.ui.model;

import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.scoring.LinkedScores;
import org.lokkho.domain.scoring.ScoreReport;
import org.lokkho.domain.template.FormTemplate;

/** The score of a document; in the app this is {@code Scoring::score}, kept as an interface so view models stay testable. */
@FunctionalInterface
public interface DocumentScorer {
    ScoreReport score(FormTemplate template, FormDocument document);

    /** How linked documents (APA governance rows → NIS report …) are found; none unless the app supplies a store. */
    default LinkedScores linked() {
        return LinkedScores.NONE;
    }
}
