package org.lokkho.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequenceWithProperties;
import org.apache.pdfbox.contentstream.operator.markedcontent.EndMarkedContentSequence;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lokkho.domain.calendar.FiscalYear;
import org.lokkho.domain.calendar.Period;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.cell.CellValue;
import org.lokkho.domain.cell.ColumnType;
import org.lokkho.domain.document.ListContent;
import org.lokkho.domain.document.RowKind;
import org.lokkho.domain.document.TableContent;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.template.ColumnTemplate;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.LocalizedText;
import org.lokkho.domain.template.Numbering;
import org.lokkho.domain.template.SectionKind;
import org.lokkho.domain.template.SectionTemplate;
import org.lokkho.pdf.font.FontFace;
import org.lokkho.pdf.text.HbShape;

/**
 * The whole shaping audit corpus exported through the real exporter (one item per line of a list section), read back
 * from the PDF itself: every /ActualText span's glyph ids and glyph positions (as PDFBox's content-stream engine
 * places them, TJ adjustments and Ts rise included) equal hb-shape's for the span text in that font; the text layer
 * gives back every item exactly (our stripper and poppler's pdftotext); every font is embedded. The same glyph check
 * runs on the corpus set in narrow table cells.
 */
class UnseenCorpusPdfTest {
    private static final float SIZE_TOLERANCE_EM = 1.0f; // 1/1000 em: the content stream keeps 3 decimals of a point
    private static List<String> items;
    private static byte[] pdf;

    @BeforeAll
    static void export() throws Exception {
        items = new String(UnseenCorpusPdfTest.class.getResourceAsStream("/shaping/bn-unseen-corpus.txt").readAllBytes(),
                StandardCharsets.UTF_8).lines().toList();
        SectionTemplate list = new SectionTemplate("words", SectionKind.LIST, null, null, "landscape", null, null, null, null,
                null, null, false, null, null, Numbering.NONE);
        FormTemplate t = new FormTemplate("corpus", "test", 1, "2023-24", LocalizedText.of("corpus"), "landscape", List.of(),
                List.of(list), null, false);
        FormDocument doc = new FormDocument(0, "corpus", 1, 1, FiscalYear.parse("2023-24"), Period.ANNUAL, null, "", null, Map.of());
        doc.putSection("words", new ListContent(items));
        pdf = PdfTestSupport.export(t, doc, null);
        Path sample = Path.of("target/pdf-samples/unseen-corpus.pdf");
        Files.createDirectories(sample.getParent());
        Files.write(sample, pdf);
    }

    @Test
    void glyphsInThePdfAreHarfBuzzGlyphs() throws Exception {
        Assumptions.assumeTrue(PdfTestSupport.onPath("hb-shape"), "hb-shape not installed");
        assertThat(glyphsDifferingFromHarfBuzz(pdf)).isGreaterThan(30_000);
    }

    /**
     * The corpus in the narrow cells of a six-column table (bold header, lines wrapped and long words cut between
     * clusters): the glyphs of every line are still exactly HarfBuzz's for that line's text.
     */
    @Test
    void glyphsInNarrowTableCellsAreHarfBuzzGlyphs() throws Exception {
        Assumptions.assumeTrue(PdfTestSupport.onPath("hb-shape"), "hb-shape not installed");
        List<ColumnTemplate> cols = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            cols.add(new ColumnTemplate("c" + c, LocalizedText.of(items.get(c * 7) + " " + items.get(c * 7 + 1)), ColumnType.TEXT, 1,
                    false, false, null, false, null));
        }
        SectionTemplate table = new SectionTemplate("cells", SectionKind.TABLE, LocalizedText.of("শব্দ (words)"), null, "portrait",
                cols, null, null, null, Numbering.NONE, null, false, null, null, null);
        FormTemplate t = new FormTemplate("cells", "test", 1, "2023-24", LocalizedText.of("cells"), "portrait", List.of(),
                List.of(table), null, false);
        FormDocument doc = new FormDocument(0, "cells", 1, 1, FiscalYear.parse("2023-24"), Period.ANNUAL, null, "", null, Map.of());
        List<TableRow> rows = new ArrayList<>();
        int perCell = 8;
        for (int i = 0; i < items.size(); i += perCell * cols.size()) {
            TableRow r = new TableRow(null, RowKind.ITEM, "", "", Map.of(), Map.of(), false, List.of());
            for (int c = 0; c < cols.size(); c++) {
                int from = Math.min(items.size(), i + c * perCell);
                r.setCell("c" + c, CellValue.text(String.join(" ", items.subList(from, Math.min(items.size(), from + perCell)))));
            }
            rows.add(r);
        }
        doc.putSection("cells", new TableContent(rows));
        byte[] cells = PdfTestSupport.export(t, doc, null);
        Files.write(Path.of("target/pdf-samples/unseen-corpus-table.pdf"), cells);
        assertThat(glyphsDifferingFromHarfBuzz(cells)).isGreaterThan(30_000);
    }

    /** Compares every /ActualText span of the PDF with hb-shape; returns the number of glyphs checked. */
    private static int glyphsDifferingFromHarfBuzz(byte[] pdf) throws Exception {
        List<Span> spans;
        try (PDDocument d = Loader.loadPDF(pdf)) {
            SpanCollector collector = new SpanCollector();
            collector.getText(d);
            spans = collector.spans;
        }
        Map<FontFace, Set<String>> texts = new EnumMap<>(FontFace.class);
        for (Span s : spans) {
            texts.computeIfAbsent(s.face, f -> new LinkedHashSet<>()).add(s.actual);
        }
        Map<FontFace, Map<String, List<HbShape.Glyph>>> hb = new EnumMap<>(FontFace.class);
        for (Map.Entry<FontFace, Set<String>> e : texts.entrySet()) {
            List<String> list = new ArrayList<>(e.getValue());
            List<String> shaped = HbShape.shapeLines(e.getKey(), list);
            Map<String, List<HbShape.Glyph>> byText = new LinkedHashMap<>();
            for (int i = 0; i < list.size(); i++) {
                byText.put(list.get(i), HbShape.parse(shaped.get(i)));
            }
            hb.put(e.getKey(), byText);
        }
        List<String> problems = new ArrayList<>();
        int glyphs = 0;
        for (Span s : spans) {
            List<HbShape.Glyph> expected = hb.get(s.face).get(s.actual);
            List<TextPosition> drawn = s.glyphs;
            if (drawn.size() == expected.size() + 1 && code(drawn.get(0)) == s.face.spaceGlyph()) {
                drawn = drawn.subList(1, drawn.size()); // the anchor glyph of a span without any mapped glyph
            }
            glyphs += drawn.size();
            String diff = compare(s, drawn, expected);
            if (diff != null) {
                problems.add("'" + s.actual + "' " + s.face + ": " + diff);
            }
        }
        assertThat(problems).as("%d spans, %d glyphs", spans.size(), glyphs).isEmpty();
        return glyphs;
    }

    @Test
    void textLayerGivesBackEveryItemExactly() throws Exception {
        String text;
        try (PDDocument d = Loader.loadPDF(pdf)) {
            text = ActualTextStripper.text(d);
        }
        assertThat(lines(text)).containsExactlyElementsOf(items);
    }

    @Test
    void pdftotextGivesBackEveryItemExactly() throws Exception {
        Assumptions.assumeTrue(PdfTestSupport.onPath("pdftotext"), "pdftotext not installed");
        assertThat(lines(PdfTestSupport.run(pdf, "pdftotext", "-raw", "-enc", "UTF-8"))).containsExactlyElementsOf(items);
    }

    @Test
    void pdffontsShowsOnlyEmbeddedFonts() throws Exception {
        Assumptions.assumeTrue(PdfTestSupport.onPath("pdffonts"), "pdffonts not installed");
        List<String> rows = PdfTestSupport.run(pdf, "pdffonts").lines().skip(2).filter(l -> !l.isBlank()).toList();
        assertThat(rows).isNotEmpty();
        for (String row : rows) {
            String[] cols = row.trim().split("\\s+");
            assertThat(cols[cols.length - 5]).as(row).isEqualTo("yes");
        }
    }

    /** The page's lines without the page footers (items are short enough never to wrap in landscape). */
    private static List<String> lines(String text) {
        return text.lines().map(l -> l.replace("\f", "").strip()).filter(l -> !l.isEmpty() && !l.startsWith("পৃষ্ঠা ")).toList();
    }

    private static String compare(Span s, List<TextPosition> drawn, List<HbShape.Glyph> expected) {
        if (drawn.size() != expected.size()) {
            return drawn.size() + " glyphs drawn, hb " + expected.size();
        }
        if (drawn.isEmpty()) {
            return null;
        }
        float size = s.size;
        float originX = x(drawn.get(0)) - expected.get(0).x() * size / 1000f;
        float baseline = y(drawn.get(0)) - expected.get(0).y() * size / 1000f;
        for (int i = 0; i < drawn.size(); i++) {
            HbShape.Glyph e = expected.get(i);
            TextPosition g = drawn.get(i);
            if (code(g) != e.gid()) {
                return "glyph " + i + " is " + code(g) + ", hb " + e.gid();
            }
            float dx = (x(g) - originX) * 1000f / size - e.x();
            float dy = (y(g) - baseline) * 1000f / size - e.y();
            if (Math.abs(dx) > SIZE_TOLERANCE_EM || Math.abs(dy) > SIZE_TOLERANCE_EM) {
                return "glyph " + i + " (" + e.gid() + ") off by (" + dx + ", " + dy + ")/1000 em";
            }
        }
        return null;
    }

    private static int code(TextPosition g) {
        return g.getCharacterCodes()[0];
    }

    private static float x(TextPosition g) {
        return g.getTextMatrix().getTranslateX();
    }

    private static float y(TextPosition g) {
        return g.getTextMatrix().getTranslateY();
    }

    private record Span(String actual, FontFace face, float size, List<TextPosition> glyphs) {
    }

    /** Every /ActualText span with the glyphs drawn inside it, in drawing order. */
    private static final class SpanCollector extends PDFTextStripper {
        final List<Span> spans = new ArrayList<>();
        private final Deque<List<TextPosition>> open = new ArrayDeque<>();
        private final Deque<String> actual = new ArrayDeque<>();

        SpanCollector() throws IOException {
            addOperator(new BeginMarkedContentSequenceWithProperties(this));
            addOperator(new BeginMarkedContentSequence(this));
            addOperator(new EndMarkedContentSequence(this));
        }

        @Override
        public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
            open.push(new ArrayList<>());
            actual.push(properties == null || properties.getString(COSName.ACTUAL_TEXT) == null ? "" : properties.getString(COSName.ACTUAL_TEXT));
        }

        @Override
        public void endMarkedContentSequence() {
            List<TextPosition> glyphs = open.pop();
            String text = actual.pop();
            if (!glyphs.isEmpty()) {
                TextPosition first = glyphs.get(0);
                spans.add(new Span(text, face(first.getFont().getName()), first.getTextMatrix().getScalingFactorX(), glyphs));
            }
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (!open.isEmpty()) {
                open.peek().add(text);
            }
        }

        private static FontFace face(String subsetName) {
            String name = subsetName.substring(subsetName.indexOf('+') + 1);
            for (FontFace f : FontFace.values()) {
                if (f.resource().endsWith("/" + name + ".ttf")) {
                    return f;
                }
            }
            throw new IllegalStateException("unknown font " + subsetName);
        }
    }
}
