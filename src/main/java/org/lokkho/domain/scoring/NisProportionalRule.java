package org.lokkho.domain.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lokkho.domain.cell.CellKind;
import org.lokkho.domain.cell.CellValue;
import org.lokkho.domain.document.DocumentSettings;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.SectionContent;
import org.lokkho.domain.document.TableContent;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.i18n.Problem;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.ScoringSpec;
import org.lokkho.domain.template.SectionTemplate;

/**
 * "nis-proportional" (forms-spec §8.4, NIS 2021-22): অর্জিত মান = সূচকের মান × min(মোট অর্জন ÷ লক্ষ্যমাত্রা, 1)
 * for counts and percentages; full marks or nothing for date items (late = 0). Only the quarters the document's
 * period covers are read, so a Q2 report ignores whatever stands in Q3 and Q4.
 */
final class NisProportionalRule {
    static final String RULE = "nis-proportional";

    /** Counter words that only say "pieces": "৪টি" counts as 4 in any count row. */
    private static final Set<String> COUNTERS = Set.of("টি", "টা", "খানা", "বার", "সংখ্যা");

    private final ScoringSpec spec;
    private final SectionTemplate section;
    private final DocumentSettings settings;
    private final List<String> quarterColumns;

    NisProportionalRule(FormTemplate template, FormDocument doc) {
        this.spec = template.scoring();
        this.section = template.section(spec.section()).orElseThrow(() -> new IllegalStateException(
                "template " + template.id() + ": scoring section '" + spec.section() + "' does not exist"));
        this.settings = doc.settings();
        List<String> all = Arrays.stream(spec.column("quarters").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        this.quarterColumns = all.subList(0, Math.min(all.size(), doc.period().quartersCovered()));
    }

    ScoreReport score(FormDocument doc) {
        SectionContent content = doc.section(spec.section());
        List<TableRow> rows = content instanceof TableContent ? ((TableContent) content).rows() : List.of();
        List<RowScore> rowScores = new ArrayList<>();
        List<GroupScore> groups = new ArrayList<>();
        Totals all = new Totals();
        TableRow group = null;
        Totals inGroup = null;
        for (TableRow row : rows) {
            if (row.isGroup()) {
                closeGroup(group, inGroup, groups);
                group = row;
                inGroup = new Totals();
                continue;
            }
            Scored s = scoreRow(row);
            rowScores.add(s.row());
            all.add(s);
            if (inGroup != null) {
                inGroup.add(s);
            }
        }
        closeGroup(group, inGroup, groups);
        return report(rowScores, groups, all);
    }

    private ScoreReport report(List<RowScore> rows, List<GroupScore> groups, Totals all) {
        List<Problem> notes = new ArrayList<>();
        BigDecimal max = spec.max() != null ? spec.max() : all.weights;
        if (spec.max() != null && all.weights.compareTo(spec.max()) != 0) {
            notes.add(Problem.warning("score.note.weightsMismatch", ScoreNumbers.plain(all.weights), ScoreNumbers.plain(spec.max())));
        }
        BigDecimal total = all.printed;
        BigDecimal exact = all.exact;
        if (all.excludedWeights.signum() > 0) {
            // Left-out rows: the rest is scaled up to what all weights add to (the form's maximum when they agree).
            BigDecimal included = all.weights.subtract(all.excludedWeights);
            exact = included.signum() == 0 ? BigDecimal.ZERO
                    : ScoreNumbers.divide(all.exact.multiply(all.weights), included);
            total = ScoreNumbers.round2(exact);
            notes.add(Problem.warning("score.note.rescaled", ScoreNumbers.plain(all.printed), ScoreNumbers.plain(total)));
        }
        BigDecimal percent = max.signum() == 0 ? ScoreNumbers.round2(BigDecimal.ZERO)
                : ScoreNumbers.round2(ScoreNumbers.divide(exact.multiply(ScoreNumbers.HUNDRED), max));
        return new ScoreReport(RULE, rows, groups, total, max, percent, notes);
    }

    private static void closeGroup(TableRow group, Totals t, List<GroupScore> groups) {
        if (group != null) {
            groups.add(new GroupScore(group.id(), group.code(), group.title(), t.printed, t.weights.subtract(t.excludedWeights)));
        }
    }

    private Scored scoreRow(TableRow row) {
        CellValue weightCell = row.cell(spec.column("weight"));
        if (weightCell.kind() != CellKind.NUMBER || !weightCell.hasNumber() || weightCell.number().signum() < 0) {
            return Scored.of(row, CellValue.BLANK, BigDecimal.ZERO, BigDecimal.ZERO, "score.note.weightMissing");
        }
        BigDecimal weight = weightCell.number();
        List<CellValue> quarters = quarterCells(row);
        CellValue target = row.cell(spec.column("target"));
        Optional<CellValue> notApplicable = notApplicable(target, quarters);
        if (notApplicable.isPresent()) {
            return settings.notApplicable() == DocumentSettings.NotApplicablePolicy.FULL_MARKS
                    ? Scored.of(row, notApplicable.get(), weight, weight, "score.note.notApplicableFullMarks")
                    : Scored.excluded(row, notApplicable.get(), weight);
        }
        String unitText = row.cell(spec.column("unit")).raw();
        UnitKind unit = UnitKind.classify(unitText);
        String unitNote = null;
        if (unit == UnitKind.UNKNOWN && unitText.isBlank()) {
            unit = fromTarget(target);
            unitNote = "score.note.unitFromTarget";
        }
        Scored s = switch (unit) {
            case COUNT -> count(row, weight, target, quarters, unitText);
            case PERCENT -> percent(row, weight, target, quarters);
            case DATE -> date(row, weight, target, quarters);
            case UNKNOWN -> Scored.of(row, CellValue.BLANK, weight, BigDecimal.ZERO, "score.note.unitUnknown");
        };
        return unitNote != null && s.row().note() == null ? s.withNote(unitNote) : s;
    }

    private Scored count(TableRow row, BigDecimal weight, CellValue target, List<CellValue> quarters, String rowUnit) {
        BigDecimal total = BigDecimal.ZERO;
        boolean reported = false;
        boolean occurrences = false;
        for (CellValue q : quarters) {
            if (q.kind() != CellKind.NUMBER || !q.hasNumber()) {
                continue;
            }
            reported = true;
            if (countsAsNumber(q.unit(), rowUnit)) {
                total = total.add(q.number());
            } else {
                // "৪০জন" in a row counting trainings: one training held (with 40 people), forms-spec §8.4 row ১.৪.
                total = total.add(BigDecimal.ONE);
                occurrences = true;
            }
        }
        CellValue achieved = reported ? ScoreNumbers.numberCell(total) : CellValue.BLANK;
        if (target.kind() != CellKind.NUMBER || !target.hasNumber() || target.number().signum() <= 0) {
            return Scored.of(row, achieved, weight, BigDecimal.ZERO, "score.note.targetMissing");
        }
        if (!reported) {
            return Scored.of(row, achieved, weight, BigDecimal.ZERO, "score.note.nothingReported");
        }
        if (target.hasDate() && isLate(Aggregation.completionDate(quarters), target.date())) {
            return Scored.of(row, achieved, weight, BigDecimal.ZERO, "score.note.late");
        }
        return Scored.of(row, achieved, weight, proportional(weight, total, target.number()),
                occurrences ? "score.note.countedAsOccurrences" : null);
    }

    private Scored percent(TableRow row, BigDecimal weight, CellValue target, List<CellValue> quarters) {
        Aggregation.Method method = settings.percentAggregation() == DocumentSettings.PercentAggregation.LATEST
                ? Aggregation.Method.CUMULATIVE : Aggregation.Method.AVERAGE;
        Optional<BigDecimal> value = Aggregation.numeric(method, quarters);
        CellValue achieved = value.map(ScoreNumbers::percentCell).orElse(CellValue.BLANK);
        if (!target.kind().isQuantity() || !target.hasNumber() || target.number().signum() <= 0) {
            return Scored.of(row, achieved, weight, BigDecimal.ZERO, "score.note.targetMissing");
        }
        if (value.isEmpty()) {
            return Scored.of(row, achieved, weight, BigDecimal.ZERO, "score.note.nothingReported");
        }
        return Scored.of(row, achieved, weight, proportional(weight, value.get(), target.number()), null);
    }

    private Scored date(TableRow row, BigDecimal weight, CellValue target, List<CellValue> quarters) {
        Optional<LocalDate> done = Aggregation.completionDate(quarters);
        CellValue achieved = done.map(ScoreNumbers::dateCell).orElse(CellValue.BLANK);
        if (!target.hasDate()) {
            return Scored.of(row, achieved, weight, BigDecimal.ZERO, "score.note.targetMissing");
        }
        if (done.isEmpty()) {
            return Scored.of(row, achieved, weight, BigDecimal.ZERO, "score.note.notDone");
        }
        if (isLate(done, target.effectiveDate())) {
            return Scored.of(row, achieved, weight, BigDecimal.ZERO, "score.note.late");
        }
        return Scored.of(row, achieved, weight, weight, null);
    }

    /** weight × min(achieved ÷ target, 1), never below 0; unrounded. */
    private static BigDecimal proportional(BigDecimal weight, BigDecimal achieved, BigDecimal target) {
        BigDecimal ratio = ScoreNumbers.divide(achieved, target).min(BigDecimal.ONE).max(BigDecimal.ZERO);
        return weight.multiply(ratio);
    }

    private static boolean isLate(Optional<LocalDate> done, LocalDate deadline) {
        return done.isPresent() && done.get().isAfter(deadline);
    }

    private static boolean countsAsNumber(String cellUnit, String rowUnit) {
        if (cellUnit == null || cellUnit.isBlank()) {
            return true;
        }
        String u = UnitKind.canonical(cellUnit);
        return COUNTERS.contains(u) || UnitKind.canonical(rowUnit).contains(u);
    }

    private List<CellValue> quarterCells(TableRow row) {
        return quarterColumns.stream()
                .map(q -> section.isPaired() && section.rowPair().isPaired(q) ? row.achieved(q) : row.cell(q))
                .toList();
    }

    private static Optional<CellValue> notApplicable(CellValue target, List<CellValue> quarters) {
        if (target.kind() == CellKind.NOT_APPLICABLE) {
            return Optional.of(target);
        }
        return quarters.stream().filter(q -> q.kind() == CellKind.NOT_APPLICABLE).findFirst();
    }

    /** A blank একক: the target's own kind tells (১০০% → percent, ৩০/০৬/২২ → date, ৪ → count). */
    private static UnitKind fromTarget(CellValue target) {
        if (target.kind() == CellKind.PERCENT) {
            return UnitKind.PERCENT;
        }
        if (target.kind().isDate()) {
            return UnitKind.DATE;
        }
        return target.kind() == CellKind.NUMBER ? UnitKind.COUNT : UnitKind.UNKNOWN;
    }

    /** A row's result with its unrounded marks, so that the percentage is not skewed by rounding. */
    private record Scored(RowScore row, BigDecimal exact) {
        static Scored of(TableRow r, CellValue achieved, BigDecimal max, BigDecimal exact, String note) {
            return new Scored(new RowScore(r.id(), r.code(), achieved, ScoreNumbers.round2(exact), max, false, note), exact);
        }

        static Scored excluded(TableRow r, CellValue achieved, BigDecimal max) {
            return new Scored(new RowScore(r.id(), r.code(), achieved, ScoreNumbers.round2(BigDecimal.ZERO), max, true,
                    "score.note.notApplicableExcluded"), BigDecimal.ZERO);
        }

        Scored withNote(String note) {
            RowScore r = row;
            return new Scored(new RowScore(r.rowId(), r.code(), r.achieved(), r.obtained(), r.max(), r.excluded(), note), exact);
        }
    }

    /** Running sums: printed marks, unrounded marks, all weights, and the weights of left-out rows. */
    private static final class Totals {
        BigDecimal printed = ScoreNumbers.round2(BigDecimal.ZERO);
        BigDecimal exact = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        BigDecimal excludedWeights = BigDecimal.ZERO;

        void add(Scored s) {
            weights = weights.add(s.row().max());
            if (s.row().excluded()) {
                excludedWeights = excludedWeights.add(s.row().max());
            } else {
                printed = printed.add(s.row().obtained());
                exact = exact.add(s.exact());
            }
        }
    }
}
