package org.lokkho.domain.validation;

import org.lokkho.domain.i18n.Problem;

/**
 * A problem and where it is: section key, row number (1-based position in the table, group rows included;
 * 0 = the section as a whole), column key and half.
 */
public record LocatedProblem(String section, int row, String column, CellHalf half, Problem problem) {
    public boolean isError() {
        return problem.isError();
    }
}
