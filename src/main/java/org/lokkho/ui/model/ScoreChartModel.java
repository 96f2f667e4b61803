package org.lokkho.ui.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.lokkho.domain.calendar.Period;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.scoring.GroupScore;
import org.lokkho.domain.scoring.ScoreReport;

/**
 * What the score charts show, computed by the domain only: obtained against maximum marks per area (the score
 * report's groups) and per quarter (the same document scored as a Q1, Q2, Q3 and Q4 report, i.e. year to date at
 * the end of each quarter). Labels are in the UI language and digits.
 */
public final class ScoreChartModel {
    /** One pair of bars. */
    public record Bar(String label, BigDecimal obtained, BigDecimal max) {
    }

    private static final List<Period> QUARTERS = List.of(Period.Q1, Period.Q2, Period.Q3, Period.Q4);

    private final DocumentEditorModel editor;
    private final DocumentScorer scorer;

    public ScoreChartModel(DocumentEditorModel editor, DocumentScorer scorer) {
        this.editor = editor;
        this.scorer = scorer;
    }

    /** One bar pair per area (group) of the current score; empty for a form without a score. */
    public List<Bar> areas() {
        ScoreReport r = editor.score();
        List<Bar> out = new ArrayList<>();
        if (r == null) {
            return out;
        }
        for (GroupScore g : r.groups()) {
            String code = g.code() == null || g.code().isEmpty() ? "" : editor.messages().digits(g.code()) + " ";
            out.add(new Bar(code + g.title(), g.obtained(), g.max()));
        }
        return out;
    }

    /** The total at the end of each quarter, against the form's maximum. */
    public List<Bar> quarters() {
        List<Bar> out = new ArrayList<>();
        for (Period q : QUARTERS) {
            FormDocument asOf = editor.document().copy();
            asOf.setPeriod(q);
            ScoreReport r = scorer.score(editor.template(), asOf);
            out.add(new Bar(quarterLabel(q), r.total(), r.max()));
        }
        return out;
    }

    /** "১ম কোয়ার্টার" / "Q1": the period's name without its months. */
    public String quarterLabel(Period q) {
        String full = "en".equals(editor.messages().locale().getLanguage()) ? q.english() : q.bengali();
        int paren = full.indexOf(" (");
        return paren < 0 ? full : full.substring(0, paren);
    }

    /** Axis numbers in the UI language's digits. */
    public String axisNumber(Number n) {
        return Numbers.plain(BigDecimal.valueOf(n.doubleValue()), editor.messages());
    }
}
