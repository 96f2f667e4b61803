package org.lokkho.domain.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lokkho.domain.cell.CellKind;
import org.lokkho.domain.cell.CellValue;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.SectionContent;
import org.lokkho.domain.document.TableContent;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.i18n.Problem;
import org.lokkho.domain.template.ColumnTemplate;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.ScoringSpec;
import org.lokkho.domain.template.SectionKind;
import org.lokkho.domain.template.SectionTemplate;
import org.lokkho.domain.text.BengaliDigits;

/**
 * Every problem of a document, in table order: each cell of each table section (both halves of paired columns),
 * then, for the scored section, a warning when the weights do not add up to the form's maximum (§10.9: warn,
 * never fix; a draft may be incomplete).
 */
public final class DocumentValidator {
    private DocumentValidator() {
    }

    public static List<LocatedProblem> validate(FormTemplate template, FormDocument document) {
        List<LocatedProblem> out = new ArrayList<>();
        for (SectionTemplate section : template.sections()) {
            SectionContent content = document.section(section.key());
            if (section.kind() != SectionKind.TABLE || !(content instanceof TableContent)) {
                continue;
            }
            List<TableRow> rows = ((TableContent) content).rows();
            CellValidator cells = CellValidator.of(template, section);
            for (int i = 0; i < rows.size(); i++) {
                TableRow row = rows.get(i);
                for (ColumnTemplate column : section.columns()) {
                    for (CellHalf half : CellHalf.values()) {
                        int rowNumber = i + 1;
                        cells.check(row, column.key(), half).ifPresent(p ->
                                out.add(new LocatedProblem(section.key(), rowNumber, column.key(), half, p)));
                    }
                }
            }
            weightsWarning(template.scoring(), section, rows).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<LocatedProblem> weightsWarning(ScoringSpec spec, SectionTemplate section, List<TableRow> rows) {
        if (spec == null || spec.max() == null || !section.key().equals(spec.section()) || !spec.columns().containsKey("weight")) {
            return Optional.empty();
        }
        String weightColumn = spec.columns().get("weight");
        BigDecimal sum = BigDecimal.ZERO;
        for (TableRow row : rows) {
            CellValue w = row.cell(weightColumn);
            if (!row.isGroup() && w.kind() == CellKind.NUMBER && w.hasNumber()) {
                sum = sum.add(w.number());
            }
        }
        if (sum.compareTo(spec.max()) == 0) {
            return Optional.empty();
        }
        return Optional.of(new LocatedProblem(section.key(), 0, weightColumn, CellHalf.TARGET,
                Problem.warning("score.note.weightsMismatch", plain(sum), plain(spec.max()))));
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return BengaliDigits.toBengali((s.scale() < 0 ? s.setScale(0) : s).toPlainString());
    }
}
