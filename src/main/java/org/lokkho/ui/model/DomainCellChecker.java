package org.lokkho.ui.model;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.i18n.Problem;
import org.lokkho.domain.template.ColumnTemplate;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.SectionTemplate;
import org.lokkho.domain.validation.CellHalf;
import org.lokkho.domain.validation.CellValidator;

/** Cell checks by the domain's {@link CellValidator}, one validator per template section. */
public final class DomainCellChecker implements CellChecker {
    private final Map<String, CellValidator> validators = new ConcurrentHashMap<>();

    @Override
    public Optional<Problem> check(FormTemplate template, SectionTemplate section, TableRow row, ColumnTemplate column, boolean achievedHalf) {
        CellValidator v = validators.computeIfAbsent(template.id() + "#" + template.version() + "#" + section.key(),
                k -> CellValidator.of(template, section));
        return v.check(row, column.key(), achievedHalf ? CellHalf.ACHIEVED : CellHalf.TARGET);
    }
}
