package org.lokkho.domain.cell;

import java.util.Optional;
import org.lokkho.domain.i18n.Problem;

/** A cell value together with what is wrong with it, if anything. The value is kept even when invalid. */
public record ParsedCell(CellValue value, Optional<Problem> problem) {
    public static ParsedCell ok(CellValue value) {
        return new ParsedCell(value, Optional.empty());
    }

    public static ParsedCell withProblem(CellValue value, Problem problem) {
        return new ParsedCell(value, Optional.of(problem));
    }

    public boolean isValid() {
        return problem.map(p -> !p.isError()).orElse(true);
    }
}
