package org.lokkho.domain.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.lokkho.domain.cell.CellValue;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.SectionContent;
import org.lokkho.domain.document.TableContent;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.ScoringSpec;

/**
 * TEMPORARY STAND-IN (store branch only) so the CLI {@code score} command compiles before the scoring helper's
 * branch is merged. It lists the scored rows with their weights as maximum and awards nothing. DROP THIS FILE
 * AT MERGE in favour of the scoring branch's Scoring (same signature).
 */
public final class Scoring {
    private Scoring() {
    }

    public static ScoreReport score(FormTemplate template, FormDocument document) {
        ScoringSpec spec = template.scoring();
        List<RowScore> rows = new ArrayList<>();
        BigDecimal max = BigDecimal.ZERO;
        SectionContent section = spec == null ? null : document.section(spec.section());
        if (section instanceof TableContent table) {
            for (TableRow row : table.items()) {
                CellValue weight = row.cell(spec.column("weight"));
                BigDecimal rowMax = weight.hasNumber() ? weight.number() : BigDecimal.ZERO;
                max = max.add(rowMax);
                rows.add(new RowScore(row.id(), row.code(), CellValue.BLANK, BigDecimal.ZERO, rowMax, false, "temporary"));
            }
        }
        return new ScoreReport(spec == null ? "" : spec.rule(), rows, List.of(), BigDecimal.ZERO, max);
    }
}
