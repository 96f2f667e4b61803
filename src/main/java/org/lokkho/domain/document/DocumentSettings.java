package org.lokkho.domain.document;

/**
 * Evaluator choices that change a score: how a not-applicable row counts (full marks, or left out and the rest
 * rescaled), how a percentage indicator's quarters combine, and (APA) interpolation or step scoring.
 */
public record DocumentSettings(NotApplicablePolicy notApplicable, PercentAggregation percentAggregation, boolean stepScoring) {
    public enum NotApplicablePolicy { FULL_MARKS, EXCLUDE_AND_RESCALE }

    public enum PercentAggregation { AVERAGE, LATEST }

    public static final DocumentSettings DEFAULT = new DocumentSettings(NotApplicablePolicy.FULL_MARKS, PercentAggregation.AVERAGE, false);

    public DocumentSettings {
        notApplicable = notApplicable == null ? NotApplicablePolicy.FULL_MARKS : notApplicable;
        percentAggregation = percentAggregation == null ? PercentAggregation.AVERAGE : percentAggregation;
    }
}
