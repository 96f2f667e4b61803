package org.lokkho.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
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
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.lokkho.pdf.font.FontFace;
import org.lokkho.pdf.text.HbShape;

/**
 * Reads a PDF of ours back and compares it with HarfBuzz: every /ActualText span's glyph ids and glyph positions, as
 * PDFBox's content-stream engine places them (TJ adjustments and Ts rise applied), against hb-shape of the span's
 * text in the span's font file. Needs hb-shape on the PATH.
 */
final class PdfGlyphCheck {
    private static final float TOLERANCE_EM = 1.0f; // 1/1000 em: the content stream keeps 3 decimals of a point

    private PdfGlyphCheck() {
    }

    /** Compares every /ActualText span of the PDF with hb-shape; returns the number of glyphs checked. */
    static int assertGlyphsAreHarfBuzz(byte[] pdf) throws Exception {
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
            List<DrawnGlyph> drawn = s.glyphs;
            glyphs += drawn.size();
            String diff = compare(s, drawn, expected);
            if (diff != null) {
                problems.add("'" + s.actual + "' " + s.face + ": " + diff);
            }
        }
        assertThat(problems).as("%d spans, %d glyphs", spans.size(), glyphs).isEmpty();
        return glyphs;
    }

    /** Every hb glyph must be drawn once, with the same id, where hb puts it. */
    private static String compare(Span s, List<DrawnGlyph> drawn, List<HbShape.Glyph> expected) {
        if (drawn.size() != expected.size()) {
            return drawn.size() + " glyphs drawn, hb " + expected.size();
        }
        if (drawn.isEmpty()) {
            return null;
        }
        float size = s.size;
        float originX = drawn.get(0).x() - expected.get(0).x() * size / 1000f;
        float baseline = drawn.get(0).y() - expected.get(0).y() * size / 1000f;
        List<DrawnGlyph> unmatched = new ArrayList<>(drawn);
        for (int i = 0; i < expected.size(); i++) {
            HbShape.Glyph e = expected.get(i);
            DrawnGlyph match = null;
            float closest = Float.MAX_VALUE;
            for (DrawnGlyph g : unmatched) {
                if (g.glyph() != e.gid()) {
                    continue;
                }
                float dx = (g.x() - originX) * 1000f / size - e.x();
                float dy = (g.y() - baseline) * 1000f / size - e.y();
                float off = Math.max(Math.abs(dx), Math.abs(dy));
                if (off < closest) {
                    closest = off;
                    match = g;
                }
            }
            if (match == null) {
                return "hb glyph " + i + " (" + e.gid() + ") not drawn";
            }
            if (closest > TOLERANCE_EM) {
                return "glyph " + i + " (" + e.gid() + ") off by " + closest + "/1000 em";
            }
            unmatched.remove(match);
        }
        return null;
    }

    private record Span(String actual, FontFace face, float size, List<DrawnGlyph> glyphs) {
    }

    /** Every /ActualText span with the glyphs drawn inside it, in drawing order. */
    private static final class SpanCollector extends PDFTextStripper {
        final List<Span> spans = new ArrayList<>();
        private final Deque<List<DrawnGlyph>> open = new ArrayDeque<>();
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
            List<DrawnGlyph> glyphs = open.pop();
            String text = actual.pop();
            if (!glyphs.isEmpty()) {
                DrawnGlyph first = glyphs.get(0);
                spans.add(new Span(text, first.face(), first.size(), glyphs));
            }
        }

        @Override
        protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
            // Every glyph drawn, as the content stream places it.
            if (!open.isEmpty()) {
                open.peek().add(DrawnGlyph.of(textRenderingMatrix, font, code));
            }
        }
    }
}
