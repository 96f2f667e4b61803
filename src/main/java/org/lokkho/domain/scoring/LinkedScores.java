package org.lokkho.domain.scoring;

import java.util.Optional;
import org.lokkho.domain.document.DocumentLink;

/**
 * Finds the score of a linked document (an APA governance row linked to the office's NIS report, say). The caller
 * (store, CLI, UI) loads and scores that document; the domain only asks. Empty when the document is not available,
 * in which case the row falls back to what was entered by hand.
 */
@FunctionalInterface
public interface LinkedScores {
    LinkedScores NONE = link -> Optional.empty();

    Optional<ScoreReport> scoreOf(DocumentLink link);
}
