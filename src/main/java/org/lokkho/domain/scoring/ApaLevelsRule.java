package org.lokkho.domain.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.lokkho.domain.cell.CellKind;
import org.lokkho.domain.cell.CellValue;
import org.lokkho.domain.document.DocumentLink;
import org.lokkho.domain.document.DocumentSettings;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.RowNumbering;
import org.lokkho.domain.document.SectionContent;
import org.lokkho.domain.document.TableContent;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.i18n.Problem;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.ScoringSpec;
import org.lokkho.domain.template.SectionTemplate;

/**
 * "apa-levels" (forms-spec §8.3, §8.5): each indicator's quarters (only those the period covers; a half-year is
 * Q1+Q2) are combined by its গণনা পদ্ধতি, scored against its five level targets by {@link LevelScoring}
 * (interpolation, or step when the evaluator chose it), and obtained = weight × r / 100. Governance rows linked to
 * another document take that document's percentage. Group rows are areas: their subtotals are the group scores.
 */
final class ApaLevelsRule {
    static final String RULE = "apa-levels";

    private final ScoringSpec spec;
    private final SectionTemplate section;
    private final DocumentSettings settings;
    private final LinkedScores linked;
    private final List<String> quarterColumns;
    private final List<String> levelColumns;
    /** r (0…100, two decimals) of every row scored so far, by row id, for the "raw" derived column. */
    private final java.util.Map<String, BigDecimal> raw = new java.util.LinkedHashMap<>();

    ApaLevelsRule(FormTemplate template, FormDocument doc, LinkedScores linked) {
        this.spec = template.scoring();
        this.section = template.section(spec.section()).orElseThrow(() -> new IllegalStateException(
                "template " + template.id() + ": scoring section '" + spec.section() + "' does not exist"));
        this.settings = doc.settings();
        this.linked = linked == null ? LinkedScores.NONE : linked;
        List<String> all = list(spec.column("quarters"));
        this.quarterColumns = all.subList(0, Math.min(all.size(), doc.period().quartersCovered()));
        this.levelColumns = list(spec.column("levels"));
        if (levelColumns.size() != LevelScoring.LEVELS.size()) {
            throw new IllegalStateException("template " + template.id() + ": 'levels' must name "
                    + LevelScoring.LEVELS.size() + " columns");
        }
    }

    ScoreReport score(FormDocument doc) {
        SectionContent content = doc.section(spec.section());
        List<TableRow> rows = content instanceof TableContent t ? t.copy().rows() : new ArrayList<>();
        // Codes follow the rows' current order, whatever was stored.
        RowNumbering.renumber(rows, section);
        List<RowScore> rowScores = new ArrayList<>();
        List<GroupScore> groups = new ArrayList<>();
        Sums all = new Sums();
        TableRow group = null;
        Sums inGroup = null;
        for (TableRow row : rows) {
            if (row.isGroup()) {
                close(group, inGroup, groups);
                group = row;
                inGroup = new Sums();
                continue;
            }
            RowScore s = scoreRow(row);
            rowScores.add(s);
            all.add(s);
            if (inGroup != null) {
                inGroup.add(s);
            }
        }
        close(group, inGroup, groups);
        return report(rowScores, groups, all);
    }

    private ScoreReport report(List<RowScore> rows, List<GroupScore> groups, Sums all) {
        List<Problem> notes = new ArrayList<>();
        BigDecimal max = spec.max() != null ? spec.max() : all.weights;
        if (spec.max() != null && all.weights.compareTo(spec.max()) != 0) {
            notes.add(Problem.warning("score.note.weightsMismatch", ScoreNumbers.plain(all.weights), ScoreNumbers.plain(spec.max())));
        }
        BigDecimal total = all.obtained;
        if (all.excludedWeights.signum() > 0) {
            // Rows left out as not applicable: the rest is scaled up to what all weights add to.
            BigDecimal included = all.weights.subtract(all.excludedWeights);
            total = included.signum() == 0 ? BigDecimal.ZERO : ScoreNumbers.divide(all.obtained.multiply(all.weights), included);
            notes.add(Problem.warning("apa.score.rescaled", ScoreNumbers.plain(all.excludedWeights)));
        }
        total = ScoreNumbers.round2(total);
        return new ScoreReport(RULE, rows, groups, total, max, null, notes);
    }

    /** r of each row of the last {@link #score}, by row id; rows left out as not applicable have none. */
    java.util.Map<String, BigDecimal> rawPercents() {
        return java.util.Collections.unmodifiableMap(raw);
    }

    private RowScore scoreRow(TableRow row) {
        CellValue weightCell = row.cell(spec.column("weight"));
        BigDecimal weight = weightCell.hasNumber() ? weightCell.number() : BigDecimal.ZERO;
        List<CellValue> targets = levelColumns.stream().map(row::cell).toList();
        List<CellValue> quarters = quarterColumns.stream().map(row::cell).toList();
        if (isNotApplicable(targets, quarters)) {
            if (settings.notApplicable() == DocumentSettings.NotApplicablePolicy.EXCLUDE_AND_RESCALE) {
                return new RowScore(row.id(), row.code(), notApplicableCell(), ScoreNumbers.round2(BigDecimal.ZERO), weight, true,
                        "score.note.notApplicableExcluded");
            }
            raw.put(row.id(), ScoreNumbers.round2(ScoreNumbers.HUNDRED));
            return result(row, notApplicableCell(), weight, weight, "score.note.notApplicableFullMarks");
        }
        if (!weightCell.hasNumber()) {
            return result(row, CellValue.BLANK, weight, BigDecimal.ZERO, "score.note.weightMissing");
        }
        String note = null;
        CellValue achieved;
        Optional<ScoreReport> linkedReport = linkedReport(row);
        if (linkedReport.isPresent()) {
            achieved = ScoreNumbers.percentCell(linkedReport.get().percent());
            note = "apa.score.fromLinked";
        } else {
            if (DocumentLink.parse(optionalCell(row, "link").raw()).isPresent()) {
                note = "apa.score.linkUnavailable";
            }
            Aggregation.Method method = method(row, targets);
            boolean percent = UnitKind.classify(row.cell(spec.column("unit")).raw()) == UnitKind.PERCENT;
            achieved = aggregate(method, quarters, percent);
        }
        LevelScoring.Result r = LevelScoring.rawScore(targets, achieved, direction(row), settings.stepScoring());
        raw.put(row.id(), r.percent());
        if (r.problem().isPresent()) {
            return result(row, achieved, weight, BigDecimal.ZERO, r.problem().get());
        }
        return result(row, achieved, weight, r.score(weight), note);
    }

    /**
     * The annual achievement, unrounded where it matters: APA values can be tiny (".০০৩৭" সংখ্যা (লক্ষ)), so the
     * two-decimal display cell of {@link Aggregation#aggregate} would read them as 0. Kept to six decimals.
     */
    private static CellValue aggregate(Aggregation.Method method, List<CellValue> quarters, boolean percent) {
        if (method == Aggregation.Method.DATE) {
            return Aggregation.aggregate(method, quarters, percent);
        }
        return Aggregation.numeric(method, quarters).map(v -> exactCell(v, percent)).orElse(CellValue.BLANK);
    }

    private static CellValue exactCell(BigDecimal v, boolean percent) {
        BigDecimal shown = v.setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        if (shown.scale() < 0) {
            shown = shown.setScale(0);
        }
        String raw = org.lokkho.domain.text.BengaliDigits.toBengali(shown.toPlainString()) + (percent ? "%" : "");
        return new CellValue(percent ? CellKind.PERCENT : CellKind.NUMBER, raw, shown, null, null, null);
    }

    private Optional<ScoreReport> linkedReport(TableRow row) {
        return DocumentLink.parse(optionalCell(row, "link").raw()).flatMap(linked::scoreOf);
    }

    /** The row's গণনা পদ্ধতি; when blank or unknown: তারিখ for date targets, সমষ্টি otherwise (the common case). */
    private Aggregation.Method method(TableRow row, List<CellValue> targets) {
        Optional<Aggregation.Method> typed = Aggregation.Method.parse(row.cell(spec.column("method")).raw());
        if (typed.isPresent()) {
            return typed.get();
        }
        boolean dates = targets.stream().anyMatch(c -> c.kind().isDate())
                || UnitKind.classify(row.cell(spec.column("unit")).raw()) == UnitKind.DATE;
        return dates ? Aggregation.Method.DATE : Aggregation.Method.SUM;
    }

    private LevelScoring.Direction direction(TableRow row) {
        return ApaDirection.parse(optionalCell(row, "direction").raw()).orElse(null);
    }

    private CellValue optionalCell(TableRow row, String role) {
        String key = spec.columns().get(role);
        return key == null ? CellValue.BLANK : row.cell(key);
    }

    /** Not applicable when the 100 % target says so, or a covered quarter does. */
    private static boolean isNotApplicable(List<CellValue> targets, List<CellValue> quarters) {
        return targets.get(0).kind() == CellKind.NOT_APPLICABLE
                || quarters.stream().anyMatch(q -> q.kind() == CellKind.NOT_APPLICABLE);
    }

    private static CellValue notApplicableCell() {
        return new CellValue(CellKind.NOT_APPLICABLE, "প্রযোজ্য নয়", null, null, null, null);
    }

    private static RowScore result(TableRow row, CellValue achieved, BigDecimal max, BigDecimal obtained, String note) {
        return new RowScore(row.id(), row.code(), achieved, ScoreNumbers.round2(obtained), max, false, note);
    }

    private static void close(TableRow group, Sums sums, List<GroupScore> out) {
        if (group != null) {
            out.add(new GroupScore(group.id(), group.code(), group.title(), ScoreNumbers.round2(sums.obtained), sums.weights));
        }
    }

    private static List<String> list(String csv) {
        return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Running sums of printed marks, all weights and the weights of left-out rows. */
    private static final class Sums {
        BigDecimal obtained = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        BigDecimal excludedWeights = BigDecimal.ZERO;

        void add(RowScore s) {
            weights = weights.add(s.max());
            if (s.excluded()) {
                excludedWeights = excludedWeights.add(s.max());
            } else {
                obtained = obtained.add(s.obtained());
            }
        }
    }
}
