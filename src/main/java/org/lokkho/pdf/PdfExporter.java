package org.lokkho.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.lokkho.domain.apa.ApaText;
import org.lokkho.domain.document.DerivedTables;
import org.lokkho.domain.document.DocumentFactory;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.ListContent;
import org.lokkho.domain.document.Office;
import org.lokkho.domain.document.RowNumbering;
import org.lokkho.domain.document.SectionContent;
import org.lokkho.domain.document.SignatureContent;
import org.lokkho.domain.document.TableContent;
import org.lokkho.domain.document.TextContent;
import org.lokkho.domain.scoring.ApaScores;
import org.lokkho.domain.scoring.LinkedScores;
import org.lokkho.domain.scoring.ScoreReport;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.SectionKind;
import org.lokkho.domain.template.SectionTemplate;
import org.lokkho.io.AtomicFiles;
import org.lokkho.pdf.bench.BenchDocument;
import org.lokkho.pdf.layout.Align;
import org.lokkho.pdf.layout.Labels;
import org.lokkho.pdf.layout.LineBreaker;
import org.lokkho.pdf.layout.PageFlow;
import org.lokkho.pdf.layout.PdfFonts;
import org.lokkho.pdf.layout.PrintDigits;
import org.lokkho.pdf.layout.RenderContext;
import org.lokkho.pdf.layout.SectionLayouts;
import org.lokkho.pdf.layout.SectionViews;
import org.lokkho.pdf.layout.SignatureRenderer;
import org.lokkho.pdf.layout.Style;
import org.lokkho.pdf.layout.TableRenderer;
import org.lokkho.pdf.layout.TextRenderer;
import org.lokkho.pdf.text.TextShaper;

/**
 * Prints a filled-in form to PDF, driven only by its template: any form added as a template file prints without
 * code changes. Bengali is shaped by the JDK's HarfBuzz and written as glyph ids with the Unicode attached, so the
 * PDF looks like HarfBuzz's rendering and copy/paste and search give back the exact text.
 */
public final class PdfExporter {
    private final Locale locale;
    private final TextShaper shaper;

    /** Bengali output. */
    public PdfExporter() {
        this(Locale.forLanguageTag("bn"));
    }

    public PdfExporter(Locale locale) {
        this.locale = locale;
        this.shaper = TextShaper.shared();
    }

    /**
     * Starts loading the fonts, the JDK shaper and PDFBox's classes on a background thread, so that a short-lived
     * process (the CLI's export-pdf) does that while it opens the database and reads the document: on a two-core
     * PC about half a second of a cold export overlaps. Safe to call more than once; the export itself never
     * waits for it beyond the font loading it would do anyway.
     */
    public static void warmUpInBackground() {
        // On one core there is nothing to overlap with: the warm-up would only add its own work.
        if (Runtime.getRuntime().availableProcessors() > 1 && WARMING_UP.compareAndSet(false, true)) {
            Thread t = new Thread(PdfExporter::warmUp, "pdf-warm-up");
            t.setDaemon(true);
            t.start();
        }
    }

    private static final java.util.concurrent.atomic.AtomicBoolean WARMING_UP = new java.util.concurrent.atomic.AtomicBoolean();

    private static void warmUp() {
        try {
            // A three-activity NIS report runs every part of the renderer once (fonts, shaper, table layout,
            // PDFBox subsetting and saving) and leaves the NIS headings in the shaping cache.
            FormTemplate template = BenchDocument.template();
            new PdfExporter().export(template, BenchDocument.document(template, 1, 3), BenchDocument.office(), null,
                    OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException e) {
            // Only a head start: the real export loads whatever is missing and reports any real problem.
        }
    }

    /**
     * @param report the document's score, for derived columns (মোট অর্জন, অর্জিত মান) and subtotal/total rows;
     *               null prints derived columns as stored and no sums
     */
    public void export(FormTemplate template, FormDocument doc, Office office, ScoreReport report, OutputStream out)
            throws IOException {
        export(template, doc, office, report, out, ExportProgress.NONE);
    }

    /** The signed-agreement view: monitoring-only columns left out (the same as monitoring for forms without any). */
    public void export(FormTemplate template, FormDocument doc, Office office, ScoreReport report, OutputStream out,
                       ExportProgress progress) throws IOException {
        export(template, doc, office, report, out, progress, PrintView.AGREEMENT);
    }

    public void export(FormTemplate template, FormDocument doc, Office office, ScoreReport report, OutputStream out,
                       ExportProgress progress, PrintView view) throws IOException {
        try (PDDocument pdf = PagedRender.render(
                (pages, record, p, draft) -> renderPass(template, doc, office, report, view, pages, record, p, draft),
                !SectionLayouts.listedInContents(template).isEmpty(), progress)) {
            // A classic cross-reference table rather than compressed object streams: less work per save (~15 % of a
            // warm export), readable by the oldest viewers; the pages are deflated either way (+5 % file size).
            pdf.save(out, CompressParameters.NO_COMPRESSION);
        }
        progress.update(1.0);
    }

    /** Writes to a temporary file beside {@code target}, then moves it into place, so a crash never leaves half a PDF. */
    public void exportToFile(FormTemplate template, FormDocument doc, Office office, ScoreReport report, Path target,
                             ExportProgress progress) throws IOException {
        exportToFile(template, doc, office, report, target, progress, PrintView.AGREEMENT);
    }

    public void exportToFile(FormTemplate template, FormDocument doc, Office office, ScoreReport report, Path target,
                             ExportProgress progress, PrintView view) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        AtomicFiles.write(target, out -> export(template, doc, office, report, out, progress, view));
    }

    /**
     * One complete rendering into a new PDF. {@code pages} are the section start pages printed on a contents page
     * (empty on the first pass); {@code record} receives where each section listed there actually starts.
     */
    private PDDocument renderPass(FormTemplate template, FormDocument original, Office office, ScoreReport report,
                                  PrintView view, Map<String, Integer> pages, Map<String, Integer> record,
                                  ExportProgress progress, boolean draft) throws IOException {
        // Annex 2/3 are printed as Section 3 generates them now, never as they were last saved.
        PrintDigits digits = PrintDigits.of(locale);
        // In English the generated codes Annex 2/3 copy into their cells are written in ASCII digits as well.
        FormDocument doc = DerivedTables.refreshed(template, original, digits::apply);
        PDDocument pdf = new PDDocument();
        try {
            PdfFonts fonts = new PdfFonts(pdf);
            PageFlow flow = new PageFlow(pdf, fonts, shaper);
            Labels labels = Labels.of(locale);
            RenderContext ctx = new RenderContext(flow, new LineBreaker(shaper), locale, labels, doc.fiscalYear(),
                    placeholderValues(template, office, doc));
            TextRenderer text = new TextRenderer(ctx);
            SectionLayouts layouts = new SectionLayouts(ctx, text);
            java.util.Set<String> ownPage = SectionLayouts.listedInContents(template);
            Map<String, java.math.BigDecimal> raw = rawPercents(template, doc, report, view);
            int totalRows = Math.max(1, countRows(doc));
            int[] done = {0};
            Runnable rowDone = () -> progress.update(0.9 * ++done[0] / totalRows);

            List<SectionTemplate> sections = template.sections();
            flow.orientation(landscape(template, sections.isEmpty() ? null : sections.get(0)));
            if (!SectionLayouts.hasCover(template)) {
                text.titleBlock(template.titleLines().stream().map(ctx::text).toList());
            }
            boolean afterCover = false;
            for (SectionTemplate templateSection : sections) {
                SectionTemplate section = SectionViews.forView(templateSection, view.templateName());
                SectionContent content = doc.section(section.key());
                if (content == null) {
                    // A section added to the template after the document was made prints as a new document would have it.
                    content = DocumentFactory.emptySection(section);
                }
                flow.orientation(landscape(template, section));
                if ((afterCover || ownPage.contains(section.key()) || section.hasLayout(SectionLayouts.TOC)
                        || section.hasLayout(SectionLayouts.COVER)) && !flow.isPageEmpty()) {
                    flow.newPage();
                }
                afterCover = section.hasLayout(SectionLayouts.COVER);
                if (SectionLayouts.handles(section)) {
                    // The same keep-together room the layout's title asks for, so the page recorded is the title's.
                    flow.ensure(Style.lineHeight(Style.TITLE_SIZE) + 4 * Style.lineHeight(Style.TEXT_SIZE));
                    record.put(section.key(), flow.pageCount());
                    renderLayout(template, section, content, layouts, pages);
                } else {
                    text.heading(ctx.text(section.title()));
                    // The title has been placed (a heading keeps with what follows): this is the section's page.
                    record.put(section.key(), flow.pageCount());
                    if (section.intro() != null) {
                        text.paragraph(ctx.text(section.intro()), Style.TEXT_SIZE, false, 0, Align.LEFT);
                    }
                    renderSection(ctx, text, section, content, report, raw, rowDone);
                }
                text.gap(Style.TEXT_SIZE);
            }
            if (draft) {
                return pdf; // measured only: the page count and where sections start are known
            }
            flow.finish(labels.page(), ctx.digits());
            fonts.embedSubsets();
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(ctx.text(template.title()));
            info.setCreator("Lokkho");
            return pdf;
        } catch (IOException | RuntimeException e) {
            pdf.close();
            throw e;
        }
    }

    private static void renderLayout(FormTemplate template, SectionTemplate section, SectionContent content,
                                     SectionLayouts layouts, Map<String, Integer> pages) {
        switch (section.layout()) {
            case SectionLayouts.COVER -> layouts.cover(template, section);
            case SectionLayouts.TOC -> layouts.contents(template, section, pages);
            case SectionLayouts.PREAMBLE -> layouts.preamble(section);
            case SectionLayouts.COMMITMENT -> layouts.commitment(section,
                    content instanceof SignatureContent s ? s.blocks() : List.of());
            default -> layouts.heading(section);
        }
    }

    /** r per indicator for a printed "raw" column (monitoring view of an apa-levels form); empty otherwise. */
    private static Map<String, java.math.BigDecimal> rawPercents(FormTemplate template, FormDocument doc,
                                                                 ScoreReport report, PrintView view) {
        if (report == null || template.scoring() == null || !"apa-levels".equals(template.scoring().rule())) {
            return Map.of();
        }
        boolean printed = template.sections().stream().flatMap(s -> s.columnsFor(view.templateName()).stream())
                .anyMatch(c -> "raw".equals(c.derived()));
        return printed ? ApaScores.rawPercents(template, doc, LinkedScores.NONE) : Map.of();
    }

    private static void renderSection(RenderContext ctx, TextRenderer text, SectionTemplate section, SectionContent content,
                                      ScoreReport report, Map<String, java.math.BigDecimal> raw, Runnable rowDone) {
        if (section.kind() == SectionKind.TABLE && content instanceof TableContent table) {
            new TableRenderer(ctx, section, report, raw).render(table, rowDone);
            if (section.footnote() != null) {
                text.gap(3);
                text.paragraph(ctx.text(section.footnote()), Style.TABLE_SIZE, false, 0, Align.LEFT);
            }
        } else if (section.kind() == SectionKind.TEXT && content instanceof TextContent t) {
            text.paragraph(t.text(), Style.TEXT_SIZE, false, 0, Align.LEFT);
        } else if (section.kind() == SectionKind.LIST && content instanceof ListContent list) {
            List<String> labels = new java.util.ArrayList<>();
            for (int i = 0; i < list.items().size(); i++) {
                labels.add(listLabel(ctx, RowNumbering.listLabel(i, section.listNumbering())));
            }
            text.list(list.items(), labels, Style.TEXT_SIZE);
        } else if (section.kind() == SectionKind.SIGNATURE && content instanceof SignatureContent s) {
            new SignatureRenderer(ctx).render(section, s.blocks());
        }
    }

    /** A generated list number in the print language: "১।" in Bengali, "1." in English (the danda is Bengali). */
    private static String listLabel(RenderContext ctx, String bengali) {
        String label = ctx.digits().apply(bengali);
        return ctx.digits() == PrintDigits.ASCII ? label.replace('।', '.') : label;
    }

    private static boolean landscape(FormTemplate template, SectionTemplate section) {
        if (section == null) {
            return "landscape".equalsIgnoreCase(template.orientation());
        }
        String orientation = section.orientation() != null ? section.orientation() : template.orientation();
        if (section.kind() != SectionKind.TABLE) {
            return "landscape".equalsIgnoreCase(orientation);
        }
        return TableRenderer.wantsLandscape(orientation, section);
    }

    private static int countRows(FormDocument doc) {
        int n = 0;
        for (SectionContent c : doc.sections().values()) {
            if (c instanceof TableContent t) {
                n += t.rows().size();
            }
        }
        return n;
    }

    /**
     * Values for {office}, {ministry} … in template text (the fiscal-year ones come from the document), and for a
     * form with fixed-text layouts (cover, preamble, commitment) the parties and signing-date slots.
     */
    static Map<String, String> placeholderValues(FormTemplate template, Office office, FormDocument doc) {
        Map<String, String> v = placeholderValues(office, doc);
        boolean fixedText = template.sections().stream().anyMatch(s -> !s.lines().isEmpty());
        if (fixedText) {
            // Without an office record the parties come from the cover table alone; what is missing prints blank.
            Office known = office != null ? office : new Office(0, null, null, null, null, null, null, null, null, null, null);
            Map<String, String> slots = ApaText.placeholders(template, doc, known);
            if (office == null) {
                slots.keySet().removeAll(java.util.Set.of("office", "officeEn", "ministry"));
            }
            v.putAll(slots);
        }
        return v;
    }

    /** Values for {office}, {ministry} … in template text (the fiscal-year ones come from the document). */
    static Map<String, String> placeholderValues(Office office, FormDocument doc) {
        Map<String, String> v = new HashMap<>();
        if (office != null) {
            v.put("office", office.nameBn());
            v.put("officeEn", office.nameEn().isEmpty() ? office.nameBn() : office.nameEn());
            v.put("ministry", office.ministryBn());
            v.put("superior", office.superiorOfficeBn());
            v.put("address", office.address());
            v.put("phone", office.phone());
            v.put("email", office.email());
            v.put("website", office.website());
            v.put("head", office.headName());
            v.put("headDesignation", office.headDesignation());
        }
        v.put("period", doc.period().bengali());
        v.put("periodEn", doc.period().english());
        return v;
    }
}
