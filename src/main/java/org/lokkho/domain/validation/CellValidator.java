package org.lokkho.domain.validation;

import java.util.Optional;
import org.lokkho.domain.cell.CellKind;
import org.lokkho.domain.cell.CellParser;
import org.lokkho.domain.cell.CellValue;
import org.lokkho.domain.cell.ColumnType;
import org.lokkho.domain.cell.ParsedCell;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.i18n.Problem;
import org.lokkho.domain.scoring.UnitKind;
import org.lokkho.domain.template.ColumnTemplate;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.ScoringSpec;
import org.lokkho.domain.template.SectionTemplate;

/**
 * What is wrong with one cell of a table section, most serious first: text that does not parse, a required cell
 * left empty, "প্রযোজ্য নয়" without its reason in মন্তব্য (forms-spec §10.1), and — as a warning — a value whose
 * kind contradicts the row's একক (a date in a % row).
 */
public final class CellValidator {
    private final SectionTemplate section;
    private final String unitColumn;
    private final String remarksColumn;

    /**
     * @param unitColumn    the column holding the row's একক, or null if the section has none
     * @param remarksColumn the মন্তব্য column where a not-applicable reason goes, or null
     */
    public CellValidator(SectionTemplate section, String unitColumn, String remarksColumn) {
        this.section = section;
        this.unitColumn = unitColumn;
        this.remarksColumn = remarksColumn;
    }

    /** Unit and remarks columns as the template's scoring block names them, else columns keyed "unit"/"remarks". */
    public static CellValidator of(FormTemplate template, SectionTemplate section) {
        ScoringSpec spec = template.scoring();
        boolean scored = spec != null && section.key().equals(spec.section());
        return new CellValidator(section, role(section, scored ? spec : null, "unit"), role(section, scored ? spec : null, "remarks"));
    }

    public Optional<Problem> check(TableRow row, String columnKey, CellHalf half) {
        Optional<ColumnTemplate> found = section.column(columnKey);
        if (found.isEmpty() || row.isGroup() || !hasHalf(columnKey, half)) {
            return Optional.empty();
        }
        ColumnTemplate column = found.get();
        if (column.isDerived() || column.type() == ColumnType.SERIAL) {
            return Optional.empty();
        }
        CellValue stored = half == CellHalf.ACHIEVED ? row.achieved(columnKey) : row.cell(columnKey);
        ParsedCell parsed = CellParser.parse(stored.raw(), column.type());
        if (parsed.problem().isPresent()) {
            return parsed.problem();
        }
        CellValue value = parsed.value();
        if (value.isBlank()) {
            return column.required() && half == CellHalf.TARGET
                    ? Optional.of(Problem.error("cell.error.required")) : Optional.empty();
        }
        if (value.kind() == CellKind.NOT_APPLICABLE && remarksColumn != null && row.cell(remarksColumn).raw().isBlank()) {
            return Optional.of(Problem.error("cell.error.notApplicableNeedsRemark"));
        }
        if (column.type() == ColumnType.VALUE && unitColumn != null) {
            String unit = row.cell(unitColumn).raw();
            if (contradicts(UnitKind.classify(unit), value)) {
                return Optional.of(Problem.warning("cell.warning.unitMismatch", value.raw().strip(), unit.strip()));
            }
        }
        return Optional.empty();
    }

    private boolean hasHalf(String columnKey, CellHalf half) {
        return half == CellHalf.TARGET || (section.isPaired() && section.rowPair().isPaired(columnKey));
    }

    /** A kind the unit cannot hold. "-" and not-applicable fit every unit. */
    static boolean contradicts(UnitKind unit, CellValue v) {
        CellKind k = v.kind();
        return switch (unit) {
            case PERCENT -> k.isDate() || (k == CellKind.NUMBER && v.hasDate());
            case DATE -> k.isQuantity();
            case COUNT -> k == CellKind.PERCENT || k.isDate();
            case UNKNOWN -> false;
        };
    }

    private static String role(SectionTemplate section, ScoringSpec spec, String role) {
        if (spec != null && spec.columns().containsKey(role)) {
            return spec.columns().get(role);
        }
        return section.column(role).isPresent() ? role : null;
    }
}
