package org.lokkho.domain.apa;

import java.util.List;
import org.lokkho.domain.calendar.FiscalYear;
import org.lokkho.domain.calendar.Period;
import org.lokkho.domain.cell.CellParser;
import org.lokkho.domain.cell.CellValue;
import org.lokkho.domain.document.DerivedTables;
import org.lokkho.domain.document.DocumentLink;
import org.lokkho.domain.document.DocumentStatus;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.SignatureBlock;
import org.lokkho.domain.document.SignatureContent;
import org.lokkho.domain.document.TableContent;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.document.TextContent;
import org.lokkho.domain.scoring.LinkedScores;
import org.lokkho.domain.scoring.RowScore;
import org.lokkho.domain.scoring.ScoreReport;
import org.lokkho.domain.scoring.Scoring;
import org.lokkho.domain.template.ColumnTemplate;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.SectionTemplate;

/**
 * Starts next year's APA from this year's. Pure: the given document is not changed.
 * <ul>
 *   <li>fiscal year + 1, annual, draft, not stored yet (id 0); the headers follow because they are placeholders;</li>
 *   <li>in the scored plan: actual {fy-2} ← this year's actual {fy-1}; actual {fy-1} ← this year's achievement,
 *       aggregated by গণনা পদ্ধতি over the whole year; projection {fy+1} ← projection {fy+2}; the five level targets
 *       are left blank for the officer (except template-locked ones, like the governance rows' 100…60);</li>
 *   <li>in other tables with actual/projection columns (Section 2, Annex 8) the same shift, with actual {fy-1} left
 *       blank (nothing measures it in this document);</li>
 *   <li>monitoring-only columns (quarterly achievements, remarks) are cleared, links keep their form but lose the
 *       document, the preamble's signing date and the signature dates are cleared; texts, lists, acronyms and
 *       plans are kept for the officer to revise; Annex 2/3 are regenerated, keeping row ids.</li>
 * </ul>
 */
public final class ApaCarryForward {
    static final String ACTUAL_2 = "actualFy2";
    static final String ACTUAL_1 = "actualFy1";
    static final String PROJECTION_1 = "projection1";
    static final String PROJECTION_2 = "projection2";

    private ApaCarryForward() {
    }

    public static FormDocument nextYear(FormTemplate template, FormDocument doc) {
        return nextYear(template, doc, LinkedScores.NONE);
    }

    public static FormDocument nextYear(FormTemplate template, FormDocument doc, LinkedScores linked) {
        FormDocument wholeYear = doc.copy();
        wholeYear.setPeriod(Period.ANNUAL);
        ScoreReport achieved = Scoring.score(template, wholeYear, linked);
        String scored = template.scoringSpec().map(s -> s.section()).orElse("");

        FormDocument next = doc.copy();
        next.setId(0);
        FiscalYear fy = doc.fiscalYear().plus(1);
        next.setFiscalYear(fy);
        next.setPeriod(Period.ANNUAL);
        next.setStatus(DocumentStatus.DRAFT);
        next.setTitle(doc.title().replace(doc.fiscalYear().shortLabel(), fy.shortLabel()).replace(doc.fiscalYear().code(), fy.code()));
        for (SectionTemplate s : template.sections()) {
            var content = next.section(s.key());
            if (content instanceof TableContent table) {
                for (TableRow row : table.rows()) {
                    if (!row.isGroup()) {
                        carryRow(s, row, s.key().equals(scored) ? achieved.row(row.id()).map(RowScore::achieved).orElse(null) : null,
                                s.key().equals(scored) ? levelColumns(template) : List.of());
                    }
                }
            } else if (content instanceof TextContent text && s.hasLayout("preamble")) {
                text.setText("");
            } else if (content instanceof SignatureContent signatures) {
                signatures.blocks().replaceAll(b -> new SignatureBlock(b.role(), b.name(), b.designation(), b.office(), "", b.phone(), b.email()));
            }
        }
        return DerivedTables.refreshed(template, next);
    }

    private static void carryRow(SectionTemplate s, TableRow row, CellValue achieved, List<String> levels) {
        if (s.column(ACTUAL_2).isPresent() && s.column(ACTUAL_1).isPresent()) {
            row.setCell(ACTUAL_2, row.cell(ACTUAL_1));
            row.setCell(ACTUAL_1, achieved == null ? CellValue.BLANK : retype(s, ACTUAL_1, achieved));
        }
        if (s.column(PROJECTION_1).isPresent() && s.column(PROJECTION_2).isPresent()) {
            row.setCell(PROJECTION_1, row.cell(PROJECTION_2));
            row.setCell(PROJECTION_2, CellValue.BLANK);
        }
        if (s.column("target").isPresent() && !row.isLocked("target")) {
            row.setCell("target", CellValue.BLANK);
        }
        for (String level : levels) {
            if (!row.isLocked(level)) {
                row.setCell(level, CellValue.BLANK);
            }
        }
        for (ColumnTemplate c : s.columns()) {
            if (ColumnTemplate.VIEW_MONITORING.equals(c.view()) && !row.isLocked(c.key())) {
                CellValue v = row.cell(c.key());
                // A link names last year's plan; next year's is another document of the same form.
                String form = DocumentLink.expectedForm(v.raw()).orElse(null);
                row.setCell(c.key(), form == null ? CellValue.BLANK : CellParser.parse("link:" + form, c.type()).value());
            }
        }
    }

    /** The achievement as the actual column's type would read it, so the cell is exactly what typing it gives. */
    private static CellValue retype(SectionTemplate s, String column, CellValue achieved) {
        return CellParser.parse(achieved.raw(), s.column(column).orElseThrow().type()).value();
    }

    private static List<String> levelColumns(FormTemplate template) {
        return template.scoringSpec()
                .map(spec -> java.util.Arrays.stream(spec.column("levels").split(",")).map(String::strip).toList())
                .orElse(List.of());
    }
}
