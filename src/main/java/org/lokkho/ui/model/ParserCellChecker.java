package org.lokkho.ui.model;

import java.util.Optional;
import org.lokkho.domain.cell.CellKind;
import org.lokkho.domain.cell.CellParser;
import org.lokkho.domain.cell.CellValue;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.i18n.Problem;
import org.lokkho.domain.template.ColumnTemplate;
import org.lokkho.domain.template.SectionTemplate;

/**
 * Cell checks built only from the domain's {@link CellParser}: the text must fit the column type, and a
 * "প্রযোজ্য নয়" needs a reason in the remarks column (forms-spec §10.1).
 */
public final class ParserCellChecker implements CellChecker {
    private static final String REMARKS = "remarks";

    @Override
    public Optional<Problem> check(SectionTemplate section, TableRow row, ColumnTemplate column, boolean achievedHalf) {
        CellValue v = achievedHalf ? row.achieved(column.key()) : row.cell(column.key());
        if (v.isBlank()) {
            return Optional.empty();
        }
        Optional<Problem> parse = CellParser.parse(v.raw(), column.type()).problem();
        if (parse.isPresent()) {
            return parse;
        }
        if (v.kind() == CellKind.NOT_APPLICABLE && section.column(REMARKS).isPresent() && row.cell(REMARKS).raw().isBlank()) {
            return Optional.of(Problem.error("cell.error.notApplicableNeedsRemark"));
        }
        return Optional.empty();
    }
}
