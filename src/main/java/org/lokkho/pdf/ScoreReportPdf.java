package org.lokkho.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.lokkho.domain.calendar.Period;
import org.lokkho.domain.cell.CellValue;
import org.lokkho.domain.cell.ColumnType;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.Office;
import org.lokkho.domain.document.RowKind;
import org.lokkho.domain.document.TableContent;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.scoring.ApaScores;
import org.lokkho.domain.scoring.GroupScore;
import org.lokkho.domain.scoring.LinkedScores;
import org.lokkho.domain.scoring.RowScore;
import org.lokkho.domain.scoring.ScoreReport;
import org.lokkho.domain.scoring.Scoring;
import org.lokkho.domain.template.ColumnTemplate;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.LocalizedText;
import org.lokkho.domain.template.Numbering;
import org.lokkho.domain.template.SectionKind;
import org.lokkho.domain.template.SectionTemplate;
import org.lokkho.io.AtomicFiles;
import org.lokkho.pdf.layout.BarChart;
import org.lokkho.pdf.layout.Labels;
import org.lokkho.pdf.layout.LineBreaker;
import org.lokkho.pdf.layout.PageFlow;
import org.lokkho.pdf.layout.PdfFonts;
import org.lokkho.pdf.layout.PrintDigits;
import org.lokkho.pdf.layout.RenderContext;
import org.lokkho.pdf.layout.ReportLabels;
import org.lokkho.pdf.layout.Style;
import org.lokkho.pdf.layout.TableRenderer;
import org.lokkho.pdf.layout.TextRenderer;
import org.lokkho.pdf.text.TextShaper;

/**
 * The score of one document on paper: a title block, one line per scored row (code, indicator, weight, aggregated
 * achievement, raw score %, marks obtained) with group subtotals and the total, then two charts drawn as vector
 * graphics: marks obtained against the maximum per group (APA area, NIS section) and the cumulative total after
 * each quarter, found by scoring the same document as a Q1, H1, Q3 and Q4 report. Works for any scored template.
 */
public final class ScoreReportPdf {
    private static final String[] COLUMNS = {"code", "indicator", "weight", "achieved", "raw", "score"};
    private static final double[] WIDTHS = {3, 16, 3, 4, 4, 4};

    private final Locale locale;
    private final TextShaper shaper = TextShaper.shared();

    public ScoreReportPdf() {
        this(Locale.forLanguageTag("bn"));
    }

    public ScoreReportPdf(Locale locale) {
        this.locale = locale;
    }

    public void export(FormTemplate template, FormDocument doc, Office office, LinkedScores linked, OutputStream out)
            throws IOException {
        if (template.scoring() == null) {
            throw new IllegalArgumentException("template " + template.id() + " is not scored");
        }
        try (PDDocument pdf = new PDDocument()) {
            render(template, doc, office, linked == null ? LinkedScores.NONE : linked, pdf);
            pdf.save(out);
        }
    }

    /** Written beside the target first and moved into place, as {@link PdfExporter#exportToFile} does. */
    public void exportToFile(FormTemplate template, FormDocument doc, Office office, LinkedScores linked, Path target)
            throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        AtomicFiles.write(target, out -> export(template, doc, office, linked, out));
    }

    private void render(FormTemplate template, FormDocument doc, Office office, LinkedScores linked, PDDocument pdf)
            throws IOException {
        PdfFonts fonts = new PdfFonts(pdf);
        PageFlow flow = new PageFlow(pdf, fonts, shaper);
        Labels labels = Labels.of(locale);
        ReportLabels words = ReportLabels.of(locale);
        RenderContext ctx = new RenderContext(flow, new LineBreaker(shaper), locale, labels, doc.fiscalYear(),
                PdfExporter.placeholderValues(office, doc));
        TextRenderer text = new TextRenderer(ctx);
        ScoreReport report = Scoring.score(template, doc, linked);
        SectionTemplate scored = template.section(template.scoring().section()).orElseThrow(
                () -> new IllegalArgumentException("template " + template.id() + " scores a section it does not have"));
        TableContent table = doc.section(scored.key()) instanceof TableContent t ? t : new TableContent(List.of());

        flow.orientation(false);
        List<String> title = new ArrayList<>();
        title.add(words.title());
        title.add(ctx.text(template.title()));
        if (office != null) {
            title.add(office.nameBn().isEmpty() || isEnglish() && !office.nameEn().isEmpty() ? office.nameEn() : office.nameBn());
        }
        title.add(words.fiscalYear() + " " + ctx.digits().apply(doc.fiscalYear().shortLabel()) + ", " + words.period() + ": "
                + (isEnglish() ? doc.period().english() : doc.period().bengali()));
        text.titleBlock(title);

        SectionTemplate section = reportSection(scored);
        new TableRenderer(ctx, section, report, rawPercents(template, doc, linked, report))
                .render(reportRows(template, scored, table, ctx.digits()), () -> { });
        text.gap(Style.TEXT_SIZE * 1.5f);

        BarChart chart = new BarChart(ctx);
        List<BarChart.Bar> areas = new ArrayList<>();
        for (GroupScore g : report.groups()) {
            String code = ctx.digits().apply(g.code()); // generated numbering: the print language's digits
            areas.add(new BarChart.Bar(code.isEmpty() ? g.title() : code + " " + g.title(), g.obtained(), g.max()));
        }
        areas.add(new BarChart.Bar(labels.total(), report.total(), report.max()));
        chart.draw(words.byArea(), areas);
        text.gap(Style.TEXT_SIZE);
        chart.draw(words.byQuarter(), quarterBars(template, doc, linked, report, words));

        flow.finish(labels.page(), ctx.digits());
        fonts.embedSubsets();
        pdf.getDocumentInformation().setTitle(words.title() + " - " + ctx.text(template.title()));
        pdf.getDocumentInformation().setCreator("Lokkho");
    }

    private boolean isEnglish() {
        return "en".equals(locale.getLanguage());
    }

    /** The table the report prints: its own six columns, derived ones filled from the score by the table renderer. */
    private static SectionTemplate reportSection(SectionTemplate scored) {
        ReportLabels bn = ReportLabels.BENGALI;
        ReportLabels en = ReportLabels.ENGLISH;
        String[][] headers = {{bn.code(), en.code()}, {bn.indicator(), en.indicator()}, {bn.weight(), en.weight()},
                {bn.achieved(), en.achieved()}, {bn.rawPercent(), en.rawPercent()}, {bn.obtained(), en.obtained()}};
        String[] derived = {null, null, "max", "total", "raw", "score"};
        List<ColumnTemplate> columns = new ArrayList<>();
        for (int i = 0; i < COLUMNS.length; i++) {
            columns.add(new ColumnTemplate(COLUMNS[i], new LocalizedText(headers[i][0], headers[i][1]),
                    i == 1 ? ColumnType.TEXT : ColumnType.VALUE, WIDTHS[i], false, true, derived[i], false, List.of()));
        }
        return new SectionTemplate("scoreReport", SectionKind.TABLE, null, null, "portrait", columns, null, "plain",
                null, Numbering.NONE, null, false, null, null, null);
    }

    /** The scored table's rows as report rows: same ids (so the score finds them), code and indicator text. */
    private static TableContent reportRows(FormTemplate template, SectionTemplate scored, TableContent table,
                                           PrintDigits digits) {
        String indicatorKey = indicatorColumn(template, scored);
        List<TableRow> rows = new ArrayList<>();
        for (TableRow r : table.rows()) {
            Map<String, CellValue> cells = new HashMap<>();
            cells.put("code", CellValue.text(digits.apply(r.code())));
            if (!r.isGroup() && indicatorKey != null) {
                cells.put("indicator", CellValue.text(r.cell(indicatorKey).raw()));
            }
            rows.add(new TableRow(r.id(), r.isGroup() ? RowKind.GROUP : RowKind.ITEM, r.code(), r.title(), cells,
                    Map.of(), false, List.of()));
        }
        return new TableContent(rows);
    }

    /** The column that names a scored row: the scoring's "indicator" column, else "indicator", else the first text. */
    private static String indicatorColumn(FormTemplate template, SectionTemplate scored) {
        String named = template.scoring().columns().get("indicator");
        if (named != null && scored.columnIndex(named) >= 0) {
            return named;
        }
        if (scored.columnIndex("indicator") >= 0) {
            return "indicator";
        }
        return scored.columns().stream().filter(c -> c.type() == ColumnType.TEXT).map(ColumnTemplate::key).findFirst().orElse(null);
    }

    /** r for the APA; for other rules the marks obtained as a share of the row's maximum. */
    private static Map<String, BigDecimal> rawPercents(FormTemplate template, FormDocument doc, LinkedScores linked,
                                                       ScoreReport report) {
        if ("apa-levels".equals(template.scoring().rule())) {
            return ApaScores.rawPercents(template, doc, linked);
        }
        Map<String, BigDecimal> raw = new HashMap<>();
        for (RowScore r : report.rows()) {
            if (!r.excluded() && r.max() != null && r.max().signum() > 0 && r.obtained() != null) {
                raw.put(r.rowId(), r.obtained().multiply(BigDecimal.valueOf(100)).divide(r.max(), 2, RoundingMode.HALF_UP));
            }
        }
        return raw;
    }

    /** The total after each quarter the document covers, scored as that quarter's (cumulative) report. */
    private List<BarChart.Bar> quarterBars(FormTemplate template, FormDocument doc, LinkedScores linked,
                                           ScoreReport report, ReportLabels words) {
        Period[] quarters = {Period.Q1, Period.H1, Period.Q3, Period.Q4};
        String[] bn = {"১ম কোয়ার্টার", "২য় কোয়ার্টার", "৩য় কোয়ার্টার", "৪র্থ কোয়ার্টার"};
        String[] en = {"Q1", "Q2", "Q3", "Q4"};
        List<BarChart.Bar> bars = new ArrayList<>();
        int covered = doc.period().quartersCovered();
        for (int q = 0; q < covered; q++) {
            FormDocument asOf = doc.copy();
            asOf.setPeriod(quarters[q]);
            ScoreReport s = Scoring.score(template, asOf, linked);
            String label = (isEnglish() ? en[q] : bn[q]) + " " + words.upTo();
            bars.add(new BarChart.Bar(label, s.total(), report.max()));
        }
        return bars;
    }
}
