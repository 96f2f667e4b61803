package org.lokkho.domain.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lokkho.domain.cell.CellKind;
import org.lokkho.domain.cell.CellValue;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.RowNumbering;
import org.lokkho.domain.document.TableContent;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.i18n.Problem;
import org.lokkho.domain.scoring.Aggregation;
import org.lokkho.domain.scoring.ApaDirection;
import org.lokkho.domain.scoring.LevelScoring;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.ScoringSpec;
import org.lokkho.domain.template.SectionTemplate;
import org.lokkho.domain.text.BengaliDigits;

/**
 * The checks of forms-spec §8.1 and §10.8–9 on an APA performance plan (the table the "apa-levels" rule scores):
 * own areas add up to 70 and the governance block to 30, each area's indicators add up to the area's weight,
 * level targets run one way (the indicator's direction), date targets are dates, and every indicator says its unit,
 * method and weight. It warns and never fixes (D0's weights do not reconcile, and only the officer knows which
 * number is wrong). Fixed template groups are the governance block; every other group is an own area.
 */
public final class ApaValidator {
    private final ScoringSpec spec;
    private final SectionTemplate section;
    private final List<String> levels;

    public ApaValidator(FormTemplate template) {
        this.spec = template.scoring();
        if (spec == null) {
            throw new IllegalArgumentException("template " + template.id() + " has no scoring block to validate against");
        }
        this.section = template.section(spec.section()).orElseThrow(() -> new IllegalArgumentException(
                "template " + template.id() + ": scoring section '" + spec.section() + "' does not exist"));
        this.levels = Arrays.stream(spec.column("levels").split(",")).map(String::strip).toList();
    }

    public List<ValidationWarning> validate(FormDocument doc) {
        List<ValidationWarning> out = new ArrayList<>();
        if (!(doc.section(section.key()) instanceof TableContent table)) {
            return out;
        }
        List<TableRow> rows = table.copy().rows();
        RowNumbering.renumber(rows, section);
        BigDecimal own = BigDecimal.ZERO;
        BigDecimal governance = BigDecimal.ZERO;
        TableRow group = null;
        BigDecimal inGroup = BigDecimal.ZERO;
        for (TableRow row : rows) {
            if (row.isGroup()) {
                checkArea(group, inGroup, out);
                group = row;
                inGroup = BigDecimal.ZERO;
                if (!row.isFixed()) {
                    own = own.add(number(row.cell(spec.column("areaWeight"))));
                }
                continue;
            }
            checkIndicator(row, out);
            BigDecimal weight = number(row.cell(spec.column("weight")));
            inGroup = inGroup.add(weight);
            if (group != null && group.isFixed()) {
                governance = governance.add(weight);
            }
        }
        checkArea(group, inGroup, out);
        total(own, "ownAreasTotal", "apa.warn.ownAreasTotal", "areaWeight", out);
        total(governance, "governanceTotal", "apa.warn.governanceTotal", "weight", out);
        return out;
    }

    /**
     * The same warnings in the generic shape of {@link DocumentValidator} (row = 1-based position in the table,
     * 0 for the section as a whole), for views that show both lists together.
     */
    public List<LocatedProblem> located(FormDocument doc) {
        List<String> ids = doc.section(section.key()) instanceof TableContent t ? t.rows().stream().map(TableRow::id).toList() : List.of();
        return validate(doc).stream()
                .map(w -> new LocatedProblem(w.section(), w.rowId().isEmpty() ? 0 : ids.indexOf(w.rowId()) + 1, w.column(),
                        CellHalf.TARGET, w.problem()))
                .toList();
    }

    private void total(BigDecimal sum, String option, String key, String role, List<ValidationWarning> out) {
        String expected = spec.option(option, null);
        if (expected != null && sum.compareTo(new BigDecimal(expected)) != 0) {
            out.add(new ValidationWarning(section.key(), "", "", spec.column(role), Problem.warning(key, plain(sum), plain(new BigDecimal(expected)))));
        }
    }

    private void checkArea(TableRow group, BigDecimal indicatorWeights, List<ValidationWarning> out) {
        if (group == null) {
            return;
        }
        String column = spec.column("areaWeight");
        CellValue areaWeight = group.cell(column);
        if (!areaWeight.hasNumber()) {
            out.add(warning(group, column, "apa.warn.missing"));
        } else if (areaWeight.number().compareTo(indicatorWeights) != 0) {
            out.add(warning(group, column, "apa.warn.areaWeights", plain(indicatorWeights), plain(areaWeight.number())));
        }
    }

    private void checkIndicator(TableRow row, List<ValidationWarning> out) {
        for (String role : List.of("unit", "method", "weight")) {
            String column = spec.column(role);
            CellValue v = row.cell(column);
            if (v.isBlank()) {
                out.add(warning(row, column, "apa.warn.missing"));
            } else if ("weight".equals(role) && !v.hasNumber()) {
                out.add(warning(row, column, "apa.warn.notNumber", v.raw()));
            } else if ("method".equals(role) && Aggregation.Method.parse(v.raw()).isEmpty()) {
                out.add(warning(row, column, "apa.warn.unknownMethod", v.raw()));
            }
        }
        checkTargets(row, out);
    }

    private void checkTargets(TableRow row, List<ValidationWarning> out) {
        boolean dateIndicator = isDateIndicator(row);
        List<BigDecimal> defined = new ArrayList<>();
        boolean sawNumber = false;
        boolean sawDate = false;
        for (String column : levels) {
            CellValue v = row.cell(column);
            if (v.isBlank() || v.kind() == CellKind.NONE || v.kind() == CellKind.NOT_APPLICABLE) {
                continue;
            }
            if (dateIndicator && !v.kind().isDate()) {
                out.add(warning(row, column, "apa.warn.dateTarget", v.raw()));
                continue;
            }
            if (v.kind().isDate()) {
                sawDate = true;
                defined.add(BigDecimal.valueOf(v.effectiveDate().toEpochDay()));
            } else if (v.hasNumber()) {
                sawNumber = true;
                defined.add(v.number());
            } else {
                out.add(warning(row, column, "apa.warn.targetNotUnderstood", v.raw()));
            }
        }
        if (sawDate && sawNumber) {
            out.add(warning(row, levels.get(0), "apa.warn.targetKinds"));
            return;
        }
        LevelScoring.Direction direction = sawDate ? LevelScoring.Direction.LOWER_IS_BETTER : direction(row, defined);
        List<BigDecimal> oriented = defined.stream().map(v -> direction == LevelScoring.Direction.LOWER_IS_BETTER ? v.negate() : v).toList();
        if (!LevelScoring.isMonotonic(oriented)) {
            String key = direction == LevelScoring.Direction.LOWER_IS_BETTER ? "apa.warn.notMonotonicLower" : "apa.warn.notMonotonicHigher";
            out.add(warning(row, levels.get(0), key, targetsText(row)));
        }
    }

    /** The explicit direction, or the one the targets show (best defined level above the worst: higher is better). */
    private LevelScoring.Direction direction(TableRow row, List<BigDecimal> defined) {
        String column = spec.columns().get("direction");
        if (column != null) {
            var explicit = ApaDirection.parse(row.cell(column).raw());
            if (explicit.isPresent()) {
                return explicit.get();
            }
        }
        return defined.size() >= 2 && defined.get(0).compareTo(defined.get(defined.size() - 1)) < 0
                ? LevelScoring.Direction.LOWER_IS_BETTER : LevelScoring.Direction.HIGHER_IS_BETTER;
    }

    private boolean isDateIndicator(TableRow row) {
        String unit = row.cell(spec.column("unit")).raw().strip();
        String method = row.cell(spec.column("method")).raw().strip();
        return "তারিখ".equals(unit) || "তারিখ".equals(method) || "date".equalsIgnoreCase(unit);
    }

    private String targetsText(TableRow row) {
        return String.join(" | ", levels.stream().map(c -> {
            String raw = row.cell(c).raw().strip();
            return raw.isEmpty() ? "…" : raw;
        }).toList());
    }

    private ValidationWarning warning(TableRow row, String column, String key, Object... args) {
        return new ValidationWarning(section.key(), row.id(), row.code(), column, Problem.warning(key, args));
    }

    private static BigDecimal number(CellValue v) {
        return v.hasNumber() ? v.number() : BigDecimal.ZERO;
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return BengaliDigits.toBengali((s.scale() < 0 ? s.setScale(0) : s).toPlainString());
    }
}
