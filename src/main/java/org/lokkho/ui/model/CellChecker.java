package org.lokkho.ui.model;

import java.util.Optional;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.i18n.Problem;
import org.lokkho.domain.template.ColumnTemplate;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.SectionTemplate;

/** What is wrong with one cell as the officer typed it, if anything (the domain's validator decides; the UI only shows it). */
@FunctionalInterface
public interface CellChecker {
    Optional<Problem> check(FormTemplate template, SectionTemplate section, TableRow row, ColumnTemplate column, boolean achievedHalf);
}
